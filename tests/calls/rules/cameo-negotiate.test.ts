// Rule cameo-negotiate: a round of negotiations is CAMEO 046.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('cameo-negotiate', () => {
  it("codes \"negotiating ... met\" 046", () => {
    const found = callsIn('Roth met Mendes for a new round of talks on the tariff deal.', [ROTH, MENDES]);
    expect(found.map((c) => [c.cameo, c.rules.at(-1)])).toEqual([['046', 'cameo-negotiate']]);
  });
});
