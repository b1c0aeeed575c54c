// Rule trailing-day-before: "X had met Y in Z the day before." — a shift closing the call's clause
// has no complement, so the call takes the day the dates stage counted back from the one named before.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH, SATO } from './helpers.js';

const THE_DAY_BEFORE = { text: 'the day before', value: '2031-05-04', shift: { amount: 1, unit: 'D' as const, direction: -1 as const } };

describe('trailing-day-before', () => {
  it('dates a meeting by the shift that closes its clause', () => {
    const text = 'Roth spoke with Mendes on Monday. Roth had met Sato in Lisbon the day before.';
    const dates = [{ text: 'Monday', value: '2031-05-05' }, THE_DAY_BEFORE];
    expect(callsIn(text, [ROTH, MENDES, SATO], dates).map((c) => [c.parties, c.date, c.rules.includes('trailing-day-before')])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], '2031-05-05', false],
      [['Anna Roth', 'Ken Sato'], '2031-05-04', true],
    ]);
  });

  it('takes the shift before a speaker phrase too', () => {
    const text = 'Roth spoke with Mendes on Monday. Roth had met Sato in Lisbon the day before, her office said.';
    const dates = [{ text: 'Monday', value: '2031-05-05' }, THE_DAY_BEFORE];
    expect(callsIn(text, [ROTH, MENDES, SATO], dates).map((c) => [c.parties, c.date])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], '2031-05-05'],
      [['Anna Roth', 'Ken Sato'], '2031-05-04'],
    ]);
  });

  it('leaves a shift with a complement to the other rules', () => {
    const text = 'Roth met Sato in Lisbon a day before the summit opened.';
    const dates = [{ text: 'a day', value: 'P1D', shift: { amount: 1, unit: 'D' as const, direction: -1 as const } }];
    expect(callsIn(text, [ROTH, SATO], dates).map((c) => [c.parties, c.rules.includes('trailing-day-before')])).toEqual([[['Anna Roth', 'Ken Sato'], false]]);
  });
});
