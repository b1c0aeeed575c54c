import { describe, expect, it } from 'vitest';
import { checkFloors, evaluate, formatJson, formatTable, parseFloor, prf, type GoldDoc } from '../../src/eval/index.js';
import type { RecordKind } from '../../src/schema.js';
import { goldAsRecord, record } from './records.js';

const dated: GoldDoc = {
  id: 'n1', dct: 'XXXX-06-29', text: 'Officials met on Monday and on Tuesday.',
  timexes: [{ start: 17, end: 23, text: 'Monday', type: 'DATE', value: 'XXXX-XX-XX' }],
};
const named: GoldDoc = {
  id: 'n2', dct: '2019-05', text: 'Ana Ruiz spoke.',
  actors: [{ name: 'Ana Ruiz', type: 'person', title: null, country: null }],
  calls: [],
};

describe('evaluate', () => {
  it('runs each scorer on the documents that have its gold and asks only for the kinds it needs', () => {
    const asked: Array<[string, readonly RecordKind[]]> = [];
    const report = evaluate('g.jsonl', [dated, named], {
      extractor: (gold, only) => {
        asked.push([gold.id, only]);
        return goldAsRecord(gold);
      },
    });
    expect(asked).toEqual([['n1', ['dates']], ['n2', ['actors', 'calls']]]);
    expect(report.sections.map((s) => [s.kind, s.name, s.documents])).toEqual([
      ['documents', 'publication', 1], ['dates', 'timexes', 1], ['actors', 'actors', 1], ['calls', 'calls', 1],
    ]);
  });

  it('leaves out the kinds not asked for', () => {
    const report = evaluate('g.jsonl', [dated, named], { kinds: ['calls'], extractor: (gold) => goldAsRecord(gold) });
    expect(report.sections.map((s) => s.kind)).toEqual(['calls']);
  });

  it('runs the library extractor, giving the dct as reference only when it has a year', () => {
    const report = evaluate('g.jsonl', [dated, { ...named, id: 'n3', dct: '2019-05' }], { kinds: ['dates', 'actors'] });
    expect(report.failures).toEqual([]);
    expect(report.sections).toHaveLength(2);
  });

  it('scores a document the extractor throws on as empty, and reports it', () => {
    const report = evaluate('g.jsonl', [dated], {
      extractor: () => {
        throw new Error('boom');
      },
    });
    expect(report.failures).toEqual([{ doc: 'n1', message: 'boom' }]);
    expect(prf(report.sections[0].rows[1])).toEqual({ p: 0, r: 0, f1: 0 });
  });
});

describe('floors and formats', () => {
  const report = evaluate('g.jsonl', [dated], { extractor: (gold) => record(gold.id, { dates: goldAsRecord(gold).dates }) });

  it('parses KIND.METRIC=x and rejects other forms', () => {
    expect(parseFloor('dates.value-f1=0.8')).toMatchObject({ section: 'dates', metric: 'value-f1', min: 0.8 });
    expect(() => parseFloor('dates=0.8')).toThrow('expected KIND.METRIC=NUMBER');
    expect(() => parseFloor('dates.value-f1=80')).toThrow('between 0 and 1');
  });

  it('reports the floors not met and refuses metrics the run did not score', () => {
    expect(checkFloors(report, [parseFloor('dates.relaxed-f1=1'), parseFloor('timexes.value-accuracy=0.5')])).toEqual([]);
    const empty = evaluate('g.jsonl', [dated], { extractor: (gold) => record(gold.id) });
    expect(checkFloors(empty, [parseFloor('dates.relaxed-f1=0.5')])).toEqual(['dates.relaxed-f1 = 0.000 < 0.5']);
    expect(() => checkFloors(report, [parseFloor('calls.with-date-f1=0.5')])).toThrow('no such score in this run');
  });

  it('prints tables with counts and ratios, and JSON with both', () => {
    expect(formatTable(report)).toMatch(/relaxed\s+1\s+1\s+1\s+1\.000\s+1\.000\s+1\.000/);
    const json = JSON.parse(formatJson(report));
    expect(json.sections[0].rows[1]).toEqual({ label: 'relaxed', tp: 1, fp: 0, fn: 0, p: 1, r: 1, f1: 1 });
    expect(json.sections[0].errors).toBeUndefined();
  });

  it('lists false positives and negatives with the document id under --errors', () => {
    const shifted = evaluate('g.jsonl', [dated], {
      extractor: (gold) => record(gold.id, { dates: [{ start: 31, end: 38, text: 'Tuesday', type: 'DATE', value: 'XXXX-XX-XX' }] }),
    });
    const table = formatTable(shifted, { errors: true });
    expect(table).toContain('FN   timexes       n1  "Monday" 17-23 DATE XXXX-XX-XX');
    expect(table).toContain('FP   timexes       n1  "Tuesday" 31-38 DATE XXXX-XX-XX');
  });
});
