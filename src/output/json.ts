// JSON: one document as an object; several as an array. The first record is held back until a
// second arrives (or the input ends), since only then is it known which of the two to write.
import type { DocumentRecord } from '../schema.js';
import type { Formatter } from './types.js';

const indent = (json: string) => json.replace(/\n/g, '\n  ');

export function jsonFormatter(): Formatter {
  let first: DocumentRecord | null = null;
  let count = 0;
  return {
    record(record) {
      count++;
      if (count === 1) {
        first = record;
        return '';
      }
      const head = count === 2 ? `[\n  ${indent(JSON.stringify(first, null, 2))}` : '';
      return `${head},\n  ${indent(JSON.stringify(record, null, 2))}`;
    },
    end() {
      if (count === 0) return '[]\n';
      if (count === 1) return `${JSON.stringify(first, null, 2)}\n`;
      return '\n]\n';
    },
  };
}
