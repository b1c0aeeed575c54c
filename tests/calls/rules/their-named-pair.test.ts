// Rule their-named-pair: "their summit" is the two people just joined by "and", not the call last
// reported.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH, SATO } from './helpers.js';

const KOVAC = { type: 'person' as const, name: 'Ivan Kovac', forms: ['Ivan Kovac', 'Kovac'], country: 'Croatia' };

describe('their-named-pair', () => {
  it('takes the pair joined by "and" before "their"', () => {
    const text =
      'Roth met Mendes in Lisbon on Monday. ' +
      'They praised a pact struck by Premier Sato and Finance Minister Ivan Kovac during their first summit in Lima.';
    const found = callsIn(text, [ROTH, MENDES, SATO, KOVAC]);
    expect(found.map((c) => [c.parties, c.rules.slice(0, 2)])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], ['met', 'object-bare']],
      [['Ken Sato', 'Ivan Kovac'], ['summit', 'their-named-pair']],
    ]);
  });
  it('leaves "their talks" with the call last reported when no pair is named', () => {
    const text = 'Roth met Mendes in Lisbon on Monday. Sato said their talks had gone well.';
    const found = callsIn(text, [ROTH, MENDES, SATO]);
    expect(found.map((c) => [c.parties, c.rules.includes('their-named-pair')])).toEqual([[['Anna Roth', 'Carlos Mendes'], false]]);
  });
});
