import { describe, expect, it } from 'vitest';
import { scoreAppeals } from '../../src/eval/scorers/appeals.js';
import { scoreCalls } from '../../src/eval/scorers/calls.js';
import { scoreNewsActors } from '../../src/eval/scorers/news-actors.js';
import { prf, accuracy, type SectionScore } from '../../src/eval/score.js';
import type { GoldDoc } from '../../src/eval/gold.js';
import type { Call } from '../../src/schema.js';
import { actor, goldAsRecord, record } from './records.js';

// A made-up wire story: two calls between leaders, an appeal, a ministry and a country acting.
const gold = {
  id: 'wire-1', dct: '2024-11-05',
  text: 'OSLO, Nov 5 - Norwegian Prime Minister Ingrid Holm spoke by phone on Tuesday with Chilean President Tomas Vidal...',
  actors: [
    { name: 'Ingrid Holm', type: 'person' as const, title: 'Prime Minister', country: 'Norway' },
    { name: 'Tomas Vidal', type: 'person' as const, title: 'President', country: 'Chile' },
    { name: 'Foreign Ministry', type: 'organization' as const, title: null, country: 'Norway' },
    { name: 'Chile', type: 'country' as const, title: null, country: null },
  ],
  calls: [
    { participants: ['Ingrid Holm', 'Tomas Vidal'], date: '2024-11-05' },
    { participants: ['Ingrid Holm', 'Tomas Vidal'], date: null },
    { participants: ['Foreign Ministry', 'Chile'], date: '2024-10-30' },
  ],
  appeals: [{ actor: 'Ingrid Holm', demand: 'a ceasefire' }, { actor: 'Chile', demand: 'talks' }],
} satisfies GoldDoc;

const perfect = goldAsRecord(gold);
const row = (section: SectionScore, label: string) => section.rows.find((r) => r.label === label)!;

describe('scoreNewsActors', () => {
  it('scores gold against itself as 1.0', () => {
    const section = scoreNewsActors([{ gold, record: perfect }]);
    for (const r of section.rows) expect(prf(r).f1).toBe(1);
    for (const a of section.accuracies) expect(accuracy(a)).toBe(1);
  });

  it('matches a person by surname and judges full name, title and country separately', () => {
    const actors = [
      actor('A1', 'person', 'Holm', { title: 'Prime Minister', country: 'Norway' }),
      actor('A2', 'person', 'Tomas Vidal', { title: 'Foreign Minister', country: 'Chile' }),
    ];
    const section = scoreNewsActors([{ gold, record: record('wire-1', { actors }) }]);
    expect(row(section, 'person')).toEqual({ label: 'person', tp: 2, fp: 0, fn: 0 });
    expect(section.accuracies).toEqual([
      { label: 'person-name', correct: 1, total: 2 },
      { label: 'person-title', correct: 1, total: 2 },
      { label: 'person-country', correct: 2, total: 2 },
    ]);
  });

  it('matches organizations and countries by normalized name within their type', () => {
    const actors = [actor('A1', 'organization', 'the foreign ministry'), actor('A2', 'organization', 'Chile'), actor('A3', 'place', 'Oslo')];
    const section = scoreNewsActors([{ gold, record: record('wire-1', { actors }) }]);
    expect(row(section, 'organization')).toEqual({ label: 'organization', tp: 1, fp: 1, fn: 0 });
    expect(row(section, 'country')).toEqual({ label: 'country', tp: 0, fp: 0, fn: 1 });
  });
});

describe('scoreCalls', () => {
  it('scores gold against itself as 1.0 with and without the date', () => {
    const section = scoreCalls([{ gold, record: perfect }]);
    expect(section.rows.map((r) => prf(r).f1)).toEqual([1, 1]);
  });

  it('counts a missing call once in each row', () => {
    const section = scoreCalls([{ gold, record: { ...perfect, calls: perfect.calls.slice(0, 2) } }]);
    expect(row(section, 'with-date')).toEqual({ label: 'with-date', tp: 2, fp: 0, fn: 1 });
    expect(row(section, 'without-date')).toEqual({ label: 'without-date', tp: 2, fp: 0, fn: 1 });
    expect(section.errors).toEqual([{ doc: 'wire-1', type: 'fn', text: 'Foreign Ministry / Chile on 2024-10-30' }]);
  });

  it('counts a wrong date only in the row with the date', () => {
    const calls: Call[] = perfect.calls.map((c, i) => (i === 2 ? { ...c, date: { text: 'Monday', value: '2024-10-29' } } : c));
    const section = scoreCalls([{ gold, record: { ...perfect, calls } }]);
    expect(row(section, 'with-date')).toEqual({ label: 'with-date', tp: 2, fp: 1, fn: 1 });
    expect(row(section, 'without-date')).toEqual({ label: 'without-date', tp: 3, fp: 0, fn: 0 });
  });

  it('lets a dated gold call pick before an undated one listed earlier', () => {
    // Same participants twice: were the undated gold call to pick first, it could take the only dated system call.
    const reordered = { ...gold, calls: [gold.calls[1], gold.calls[0]] };
    const [dated, undated] = perfect.calls;
    const section = scoreCalls([{ gold: reordered, record: { ...perfect, calls: [dated, undated] } }]);
    expect(row(section, 'with-date')).toEqual({ label: 'with-date', tp: 2, fp: 0, fn: 0 });
  });

  it('matches persons by surname, in any order, and a day with a time', () => {
    const actors = [actor('P1', 'person', 'Vidal'), actor('P2', 'person', 'Holm')];
    const call: Call = { ...perfect.calls[0], participants: ['P1', 'P2'], date: { text: 'Tuesday', value: '2024-11-05T10:00' } };
    const section = scoreCalls([{ gold, record: record('wire-1', { actors, calls: [call] }) }]);
    expect(row(section, 'with-date')).toEqual({ label: 'with-date', tp: 1, fp: 0, fn: 2 });
  });

  it('does not match a call with a participant missing', () => {
    const call: Call = { ...perfect.calls[1], participants: ['A1'] };
    expect(row(scoreCalls([{ gold, record: { ...perfect, calls: [call] } }]), 'without-date').tp).toBe(0);
  });
});

describe('scoreAppeals', () => {
  it('scores gold against itself as 1.0', () => {
    expect(prf(scoreAppeals([{ gold, record: perfect }]).rows[0]).f1).toBe(1);
  });

  it('matches by who appeals, whatever the demand', () => {
    const appeals = [{ ...perfect.appeals[0], demand: 'an end to the fighting' }, { ...perfect.appeals[0] }];
    const section = scoreAppeals([{ gold, record: { ...perfect, appeals } }]);
    expect(section.rows[0]).toEqual({ label: 'who', tp: 1, fp: 1, fn: 1 });
  });
});
