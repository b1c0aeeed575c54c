// Rule object-people: the people the object names; an unnamed office-holder beside them is his state.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('object-people', () => {
  it("gives one call per listed party", () => {
    const found = callsIn('Japan and Brazil sent envoys. Roth spoke with the Japanese prime minister and Brazilian President Carlos Mendes.', [ROTH, MENDES, country('Japan')]);
    expect(found.map((c) => c.parties)).toEqual([['Anna Roth', 'Japan'], ['Anna Roth', 'Carlos Mendes']]);
  });
});
