// Rule later-call-same-day: "X later spoke with Y", "Later, X met Y" with no day of its own is on
// the day of the call reported before it; a day of its own wins.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH, SATO } from './helpers.js';

const MONDAY = { text: 'Monday', value: '2031-05-05' };

describe('later-call-same-day', () => {
  it('dates "X later spoke with Y" by the call before it', () => {
    const text = 'Roth spoke by phone with Mendes on Monday about trade. Roth later spoke with Sato, her office said.';
    expect(callsIn(text, [ROTH, MENDES, SATO], [MONDAY]).map((c) => [c.parties, c.date])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], '2031-05-05'],
      [['Anna Roth', 'Ken Sato'], '2031-05-05'],
    ]);
  });
  it('reads a sentence opening "Later,"', () => {
    const text = 'Roth met Mendes in Lisbon on Monday. Later, she held talks with Sato.';
    expect(callsIn(text, [ROTH, MENDES, SATO], [MONDAY]).map((c) => [c.parties, c.date, c.rules.includes('later-call-same-day')])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], '2031-05-05', false],
      [['Anna Roth', 'Ken Sato'], '2031-05-05', true],
    ]);
  });
  it('keeps a day the later call names itself', () => {
    const text = 'Roth spoke with Mendes on Monday. Roth later spoke with Sato on Wednesday.';
    const dates = [MONDAY, { text: 'Wednesday', value: '2031-05-07' }];
    expect(callsIn(text, [ROTH, MENDES, SATO], dates).map((c) => c.date)).toEqual(['2031-05-05', '2031-05-07']);
  });
  it('leaves a call undated without "later"', () => {
    const text = 'Roth spoke with Mendes on Monday. Roth has also spoken with Sato.';
    expect(callsIn(text, [ROTH, MENDES, SATO], [MONDAY]).map((c) => c.date)).toEqual(['2031-05-05', null]);
  });
});
