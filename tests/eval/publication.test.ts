import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval/index.js';
import { parseGold } from '../../src/eval/gold.js';
import { scorePublication } from '../../src/eval/scorers/publication.js';
import { record } from './records.js';

const gold = (id: string, dct: string | null) => parseGold(JSON.stringify({ id, dct, text: 'x', actors: [] }), id)[0];

describe('scorePublication', () => {
  it('counts a date right when the values are equal or both absent, and keeps stated dates apart', () => {
    const section = scorePublication([
      { gold: gold('a', '2021-03-03'), record: record('a', { publishedAt: '2021-03-03' }) },
      { gold: gold('b', 'XXXX-06-30'), record: record('b', { publishedAt: null }) },
      { gold: gold('c', null), record: record('c', { publishedAt: null }) },
      { gold: gold('d', null), record: record('d', { publishedAt: '2019-01-01' }) },
    ]);
    expect(section.accuracies).toEqual([
      { label: 'date', correct: 2, total: 4 },
      { label: 'stated', correct: 1, total: 2 },
    ]);
    expect(section.errors.map((e) => e.text)).toEqual(['publication date none, gold XXXX-06-30', 'publication date 2019-01-01, gold none']);
  });

  it('does not hand the news gold date to the extractor: it is to be found in the text', () => {
    const [doc] = parseGold(JSON.stringify({ id: 'n', dct: '2020-02-02', text: 'Rescuers searched the river.', actors: [] }), 'n');
    const report = evaluate('n.jsonl', [doc]);
    const section = report.sections.find((s) => s.name === 'publication')!;
    expect(section.accuracies[0]).toEqual({ label: 'date', correct: 0, total: 1 });
  });
});
