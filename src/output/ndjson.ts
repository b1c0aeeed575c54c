// NDJSON: one compact record per line, written as each document finishes.
import type { Formatter } from './types.js';

export function ndjsonFormatter(): Formatter {
  return {
    record: (json) => `${json}\n`,
    end: () => '',
  };
}
