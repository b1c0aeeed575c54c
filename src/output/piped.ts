// The default for a pipe: JSON for one document, NDJSON for more. The first record is held back
// until a second arrives or the input ends, since only then is it known which of the two applies.
import type { DocumentRecord } from '../schema.js';
import type { Formatter } from './types.js';

export function pipedFormatter(): Formatter {
  let held: DocumentRecord | null = null;
  let count = 0;
  return {
    record(record) {
      count++;
      if (count === 1) {
        held = record;
        return '';
      }
      const head = count === 2 ? `${JSON.stringify(held)}\n` : '';
      return `${head}${JSON.stringify(record)}\n`;
    },
    end: () => (count === 1 ? `${JSON.stringify(held, null, 2)}\n` : ''),
  };
}
