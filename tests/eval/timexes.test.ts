import { describe, expect, it } from 'vitest';
import { pairTimexes, scoreTimexes } from '../../src/eval/scorers/timexes.js';
import { prf, accuracy, type SectionScore } from '../../src/eval/score.js';
import type { GoldWith } from '../../src/eval/gold.js';
import type { DateMention } from '../../src/schema.js';
import { record } from './records.js';

const TEXT = 'Talks resumed on Monday after three weeks, officials said last year.';
const at = (text: string, type: DateMention['type'], value: string): DateMention => {
  const start = TEXT.indexOf(text);
  return { text, start, end: start + text.length, type, value };
};
const monday = at('Monday', 'DATE', '2024-05-06');
const weeks = at('three weeks', 'DURATION', 'P3W');
const lastYear = at('last year', 'DATE', '2023');

const gold: GoldWith<'timexes'> = { id: 'talks', dct: '2024-05-08', text: TEXT, timexes: [monday, weeks, lastYear] };
const score = (dates: DateMention[]) => scoreTimexes([{ gold, record: record('talks', { dates }) }]);
const row = (section: SectionScore, label: string) => section.rows.find((r) => r.label === label)!;
const acc = (section: SectionScore, label: string) => section.accuracies.find((a) => a.label === label)!;

describe('pairTimexes (TE3 normalizer pairing)', () => {
  it('pairs a system timex that spans two gold timexes with the first only', () => {
    const wide = { start: monday.start, end: weeks.end, text: 'Monday after three weeks', type: 'DATE' as const, value: 'X' };
    expect(pairTimexes([monday, weeks], [wide])).toEqual([[monday, wide]]);
  });

  it('pairs only the first of two system timexes inside one gold timex', () => {
    const three = { ...weeks, end: weeks.start + 5, text: 'three' };
    const week = { ...weeks, start: weeks.start + 6, text: 'weeks' };
    expect(pairTimexes([weeks], [three, week])).toEqual([[weeks, three]]);
  });

  it('pairs a system timex that starts before the gold one and overlaps it', () => {
    const onMonday = { ...monday, start: monday.start - 3, text: 'on Monday' };
    expect(pairTimexes([monday], [onMonday])).toEqual([[monday, onMonday]]);
  });

  it('never pairs timexes that do not overlap', () => {
    expect(pairTimexes([monday], [weeks])).toEqual([]);
  });
});

describe('scoreTimexes', () => {
  it('scores gold against itself as 1.0 everywhere', () => {
    const section = score([monday, weeks, lastYear]);
    for (const r of section.rows) expect(prf(r)).toEqual({ p: 1, r: 1, f1: 1 });
    for (const a of section.accuracies) expect(accuracy(a)).toBe(1);
  });

  it('counts a shifted span as a relaxed match but not a strict one', () => {
    const section = score([{ ...monday, start: monday.start - 3, text: 'on Monday' }, weeks, lastYear]);
    expect(row(section, 'relaxed')).toEqual({ label: 'relaxed', tp: 3, fp: 0, fn: 0 });
    expect(row(section, 'strict')).toEqual({ label: 'strict', tp: 2, fp: 1, fn: 1 });
    expect(acc(section, 'value')).toEqual({ label: 'value', correct: 3, total: 3 });
  });

  it('counts a wrong value against value accuracy and value F1 only', () => {
    const section = score([monday, { ...weeks, value: 'P3D' }, lastYear]);
    expect(row(section, 'strict').tp).toBe(3);
    expect(acc(section, 'value')).toEqual({ label: 'value', correct: 2, total: 3 });
    expect(acc(section, 'type')).toEqual({ label: 'type', correct: 3, total: 3 });
    // value F1 = value accuracy × relaxed F1
    expect(prf(row(section, 'value')).f1).toBeCloseTo((2 / 3) * 1, 10);
  });

  it('makes value F1 equal value accuracy × relaxed F1 with misses and extras', () => {
    const extra = at('officials', 'DATE', 'PRESENT_REF');
    const section = score([{ ...monday, value: '2024-05-13' }, weeks, extra]);
    const relaxed = prf(row(section, 'relaxed'));
    expect(row(section, 'relaxed')).toEqual({ label: 'relaxed', tp: 2, fp: 1, fn: 1 });
    expect(prf(row(section, 'value')).f1).toBeCloseTo(accuracy(acc(section, 'value'))! * relaxed.f1!, 10);
    expect(section.errors.map((e) => e.type).sort()).toEqual(['diff', 'fn', 'fp']);
  });

  it('gives zeros when the extractor finds nothing', () => {
    const section = score([]);
    expect(prf(row(section, 'relaxed'))).toEqual({ p: 0, r: 0, f1: 0 });
    expect(accuracy(acc(section, 'value'))).toBeNull();
  });
});
