// Rule object-attended-by: "the talks were attended by A, B and C" lists more people at a call;
// the list may hold a relative clause and ends at a speaker attribution.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH, SATO } from './helpers.js';

const LIND = { type: 'person' as const, name: 'Eva Lind', forms: ['Eva Lind', 'Lind'] };

describe('object-attended-by', () => {
  it('reads the attendees past a relative clause, as one call', () => {
    const text = 'The meeting was attended by Roth, who chaired it, Mendes and Sato.';
    expect(callsIn(text, [ROTH, MENDES, SATO]).map((c) => [c.parties, c.rules])).toEqual([
      [['Anna Roth', 'Carlos Mendes', 'Ken Sato'], ['met', 'object-attended-by', 'object-people']],
    ]);
  });
  it('ends the list at the speaker who reports it', () => {
    const text = 'Roth met Mendes in Lisbon on Monday. The talks were also joined by Sato, Lind told reporters.';
    const found = callsIn(text, [ROTH, MENDES, SATO, LIND], [{ text: 'Monday', value: '2031-05-05' }]);
    expect(found.map((c) => c.parties)).toEqual([
      ['Anna Roth', 'Carlos Mendes'],
      ['Anna Roth', 'Carlos Mendes', 'Ken Sato'],
    ]);
  });
});
