// Rule date-of-where-clause: a call in a "where" clause takes the day of the clause before it, which
// names the place it was held ("arrived in Lima on Monday, where he met Y").
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH } from './helpers.js';

const LIMA = { type: 'place' as const, name: 'Lima', forms: ['Lima'] };

describe('date-of-where-clause', () => {
  it('dates the talks by the visit clause', () => {
    const text = 'Anna Roth arrived in Lima on Monday, where she held talks with Carlos Mendes on trade.';
    const found = callsIn(text, [ROTH, MENDES, LIMA], [{ text: 'Monday', value: '2031-05-05' }]);
    expect(found.map((c) => [c.parties, c.date, c.rules.includes('date-of-where-clause')])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], '2031-05-05', true],
    ]);
  });
  it('keeps the call\'s own day when its clause names one', () => {
    const text = 'Roth arrived in Lima on Monday, where she met Mendes on Tuesday.';
    const dates = [
      { text: 'Monday', value: '2031-05-05' },
      { text: 'Tuesday', value: '2031-05-06' },
    ];
    expect(callsIn(text, [ROTH, MENDES, LIMA], dates).map((c) => c.date)).toEqual(['2031-05-06']);
  });
  it('takes no day from a return from the place', () => {
    const text = 'Roth returned on Monday from Lima, where she met Mendes.';
    const found = callsIn(text, [ROTH, MENDES, LIMA], [{ text: 'Monday', value: '2031-05-05' }]);
    expect(found.map((c) => c.rules.includes('date-of-where-clause'))).toEqual([false]);
  });
});
