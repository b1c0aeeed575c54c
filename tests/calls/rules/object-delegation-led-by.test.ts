// Rule object-delegation-led-by: "met a delegation led by Y": the leader named is the party.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH } from './helpers.js';

describe('object-delegation-led-by', () => {
  it('reads "met a delegation led by Y"', () => {
    const found = callsIn('Roth met a trade delegation led by Carlos Mendes in Bremen on Monday.', [ROTH, MENDES], [{ text: 'Monday', value: '2031-05-05' }]);
    expect(found).toEqual([
      { parties: ['Anna Roth', 'Carlos Mendes'], medium: 'in-person', cameo: '040', date: '2031-05-05', rules: ['met', 'object-delegation-led-by', 'object-people', 'subject-clause'] },
    ]);
  });
  it('reads the leader past the body the group comes from', () => {
    const found = callsIn('Roth met with a delegation of the Brazilian senate headed by Mendes.', [ROTH, MENDES, country('Brazil')]);
    expect(found.map((c) => c.parties)).toEqual([['Anna Roth', 'Carlos Mendes']]);
  });
  it('finds no party in a group led by no one named', () => {
    expect(callsIn('Roth met a delegation led by farmers from the north.', [ROTH])).toEqual([]);
  });
});
