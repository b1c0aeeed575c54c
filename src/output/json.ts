// JSON output. `-f json`: one document as an object, several as an array. The default on a pipe:
// JSON for one document, NDJSON for more. Both hold the first record back until a second arrives
// or the input ends, since only then is it known which form applies.
import type { DocumentRecord } from '../schema.js';
import type { Formatter } from './types.js';

interface Forms {
  none: string;
  one(record: DocumentRecord): string;
  /** Written when the second record arrives, for the held first one. */
  manyFirst(record: DocumentRecord): string;
  manyNext(record: DocumentRecord): string;
  manyEnd: string;
}

function holdFirst(forms: Forms): Formatter {
  let held: DocumentRecord | null = null;
  let count = 0;
  return {
    record(record) {
      count++;
      if (count === 1) {
        held = record;
        return '';
      }
      return (count === 2 ? forms.manyFirst(held!) : '') + forms.manyNext(record);
    },
    end: () => (count === 0 ? forms.none : count === 1 ? forms.one(held!) : forms.manyEnd),
  };
}

const pretty = (record: DocumentRecord) => JSON.stringify(record, null, 2);
const inArray = (record: DocumentRecord) => pretty(record).replace(/\n/g, '\n  ');
const line = (record: DocumentRecord) => `${JSON.stringify(record)}\n`;

export function jsonFormatter(): Formatter {
  return holdFirst({
    none: '[]\n',
    one: (r) => `${pretty(r)}\n`,
    manyFirst: (r) => `[\n  ${inArray(r)}`,
    manyNext: (r) => `,\n  ${inArray(r)}`,
    manyEnd: '\n]\n',
  });
}

export function pipedFormatter(): Formatter {
  return holdFirst({ none: '', one: (r) => `${pretty(r)}\n`, manyFirst: line, manyNext: line, manyEnd: '' });
}
