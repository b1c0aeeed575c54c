import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { jsonFormatter, pipedFormatter } from '../../src/output/json.js';
import type { Formatter } from '../../src/output/types.js';
import type { DocumentRecord } from '../../src/schema.js';

const records = ['First story.', 'Second story.', 'Third story.'].map((text, i) => extract(text, { id: `d${i}`, only: ['dates'] }));

function write(formatter: Formatter, items: DocumentRecord[]): string {
  return items.map((r) => formatter.record(JSON.stringify(r))).join('') + formatter.end();
}

describe('-f json', () => {
  it('is an object for one document, an array for several, [] for none', () => {
    expect(JSON.parse(write(jsonFormatter(), records.slice(0, 1)))).toEqual(records[0]);
    expect(JSON.parse(write(jsonFormatter(), records))).toEqual(records);
    expect(JSON.parse(write(jsonFormatter(), []))).toEqual([]);
  });
});

describe('the default on a pipe', () => {
  it('is pretty JSON for one document and NDJSON for several', () => {
    const one = write(pipedFormatter(), records.slice(0, 1));
    expect(one.split('\n').length).toBeGreaterThan(3);
    expect(JSON.parse(one)).toEqual(records[0]);
    const many = write(pipedFormatter(), records).trim().split('\n');
    expect(many.map((l) => JSON.parse(l))).toEqual(records);
  });

  it('writes the held first record as soon as the second arrives', () => {
    const formatter = pipedFormatter();
    expect(formatter.record(JSON.stringify(records[0]))).toBe('');
    expect(formatter.record(JSON.stringify(records[1])).trim().split('\n')).toHaveLength(2);
  });
});
