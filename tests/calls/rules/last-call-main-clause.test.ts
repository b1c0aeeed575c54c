// Rule last-call-main-clause: a call reported in a clause that only times the sentence ("A spoke
// with B after B had called C") is not the one "the call" in the next sentence points at.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH, SATO } from './helpers.js';

const LIND = { type: 'person' as const, name: 'Eva Lind', forms: ['Eva Lind', 'Lind'] };

describe('last-call-main-clause', () => {
  it('points "the call" back at the main clause call', () => {
    const text = 'Roth spoke with Mendes on Monday after Mendes spoke with Sato. The call was joined by Lind.';
    const found = callsIn(text, [ROTH, MENDES, SATO, LIND], [{ text: 'Monday', value: '2031-05-05' }]);
    expect(found.map((c) => [c.parties, c.rules.includes('last-call-main-clause')])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], false],
      [['Carlos Mendes', 'Ken Sato'], false],
      [['Anna Roth', 'Carlos Mendes', 'Eva Lind'], true],
    ]);
  });
});
