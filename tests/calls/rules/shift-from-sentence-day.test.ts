// Rule shift-from-sentence-day: "X met Y on Tuesday, a day after meeting Z" counts the shift back
// from the day the sentence names before it; with none, from the story's own day.
// Rule fronted-day-before: "The day before, X had met Y" takes the day the dates stage counted.
// Each names itself in the call's rules (--explain), as does shift-from-story-day.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH, SATO } from './helpers.js';

const A_DAY_AFTER = { text: 'a day', value: 'P1D', shift: { amount: 1, unit: 'D' as const, direction: 1 as const } };

describe('shift-from-sentence-day', () => {
  it('counts "a day after" back from the day named before it', () => {
    const text = 'Roth held talks with Mendes in Lisbon on Tuesday, a day after meeting Sato in Madrid.';
    const dates = [{ text: 'Tuesday', value: '2031-05-06' }, A_DAY_AFTER];
    expect(callsIn(text, [ROTH, MENDES, SATO], dates).map((c) => [c.parties, c.date, c.rules.includes('shift-from-sentence-day')])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], '2031-05-06', false],
      [['Anna Roth', 'Ken Sato'], '2031-05-05', true],
    ]);
  });
  it('counts from the day named before it when the main clause is no call', () => {
    const text = 'Roth flew to Lisbon on Monday, a day after she spoke by phone with Sato.';
    const dates = [{ text: 'Monday', value: '2031-05-05' }, A_DAY_AFTER];
    expect(callsIn(text, [ROTH, SATO], dates).map((c) => [c.parties, c.date])).toEqual([[['Anna Roth', 'Ken Sato'], '2031-05-04']]);
  });
  it('counts from the story day when the sentence names none', () => {
    const text = 'The visit came a day after Roth spoke by phone with Sato.';
    expect(callsIn(text, [ROTH, SATO], [A_DAY_AFTER]).map((c) => [c.parties, c.date, c.rules.includes('shift-from-story-day')])).toEqual([
      [['Anna Roth', 'Ken Sato'], '2031-05-06', true],
    ]);
  });
});

describe('fronted-day-before', () => {
  it('dates "The day before, X had met Y" by the day before the one named last', () => {
    const text = 'Roth spoke with Mendes on Monday, her office said. The day before, Roth had met Sato in Lisbon.';
    const dates = [
      { text: 'Monday', value: '2031-05-05' },
      { text: 'The day before', value: '2031-05-04', shift: { amount: 1, unit: 'D' as const, direction: -1 as const } },
    ];
    expect(callsIn(text, [ROTH, MENDES, SATO], dates).map((c) => [c.parties, c.medium, c.date, c.rules.includes('fronted-day-before')])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], 'unspecified', '2031-05-05', false],
      [['Anna Roth', 'Ken Sato'], 'in-person', '2031-05-04', true],
    ]);
  });
});
