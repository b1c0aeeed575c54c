// Rule subject-of-time-adjunct: "after a call with Z" tacked on to a sentence whose call has a
// subject is that subject's call with Z.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH, SATO } from './helpers.js';

describe('subject-of-time-adjunct', () => {
  it('gives the adjunct call the main clause subject', () => {
    const found = callsIn('Roth met Mendes in Lisbon on Monday, a day after talks with Sato in Madrid.', [ROTH, MENDES, SATO]);
    expect(found.map((c) => [c.parties, c.rules.includes('subject-of-time-adjunct')])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], false],
      [['Anna Roth', 'Ken Sato'], true],
    ]);
  });
  it('also after a report verb', () => {
    const found = callsIn('Roth spoke with Mendes by phone, her office said, after a call with Sato.', [ROTH, MENDES, SATO]);
    expect(found.map((c) => c.parties)).toEqual([
      ['Anna Roth', 'Carlos Mendes'],
      ['Anna Roth', 'Ken Sato'],
    ]);
  });
  it('leaves an adjunct whose call names its own subject', () => {
    const found = callsIn('Roth met Mendes on Monday, after Sato held talks with Mendes.', [ROTH, MENDES, SATO]);
    expect(found.map((c) => c.rules.includes('subject-of-time-adjunct'))).toEqual([false, false]);
  });
});
