// Rule joint-meeting: a list of guests a host met "for trilateral talks" is one meeting of all, not
// one meeting per guest.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH, SATO } from './helpers.js';

describe('joint-meeting', () => {
  it('makes one three-way meeting of a host and two guests', () => {
    const found = callsIn('Roth hosted Mendes and Sato in Lisbon on Monday for three-way talks.', [ROTH, MENDES, SATO]);
    expect(found.map((c) => [c.parties, c.rules.includes('joint-meeting')])).toEqual([[['Anna Roth', 'Carlos Mendes', 'Ken Sato'], true]]);
  });
  it('keeps one call per listed party without a joint cue', () => {
    const found = callsIn('Roth spoke with Mendes and Sato on Monday and issued a joint statement.', [ROTH, MENDES, SATO]);
    expect(found.map((c) => c.parties)).toEqual([
      ['Anna Roth', 'Carlos Mendes'],
      ['Anna Roth', 'Ken Sato'],
    ]);
  });
});
