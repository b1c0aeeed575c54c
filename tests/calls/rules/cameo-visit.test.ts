// Rule cameo-visit: a meeting on a visit is CAMEO 042.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('cameo-visit', () => {
  it("codes \"during his visit ... met\" 042", () => {
    const found = callsIn('During his visit to Brasilia, Sato met Mendes.', [SATO, MENDES]);
    expect(found.map((c) => [c.cameo, c.rules.at(-1)])).toEqual([['042', 'cameo-visit']]);
  });
});
