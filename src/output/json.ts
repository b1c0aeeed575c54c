// JSON output. `-f json`: one document as an object, several as an array. The default on a pipe:
// JSON for one document, NDJSON for more. Both hold the first record back until a second arrives
// or the input ends, since only then is it known which form applies.
import type { Formatter } from './types.js';

/** Each takes a record as compact JSON. */
interface Forms {
  none: string;
  one(json: string): string;
  /** Written when the second record arrives, for the held first one. */
  manyFirst(json: string): string;
  manyNext(json: string): string;
  manyEnd: string;
}

function holdFirst(forms: Forms): Formatter {
  let held = '';
  let count = 0;
  return {
    record(json) {
      count++;
      if (count === 1) {
        held = json;
        return '';
      }
      return (count === 2 ? forms.manyFirst(held) : '') + forms.manyNext(json);
    },
    end: () => (count === 0 ? forms.none : count === 1 ? forms.one(held) : forms.manyEnd),
  };
}

const pretty = (json: string) => JSON.stringify(JSON.parse(json), null, 2);
const inArray = (json: string) => pretty(json).replace(/\n/g, '\n  ');
const line = (json: string) => `${json}\n`;

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
