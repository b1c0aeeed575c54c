// Rule summit: a summit between parties (CAMEO 044).
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('summit', () => {
  it("reads \"a summit with\"", () => {
    const found = callsIn('Roth held a summit with Mendes in Geneva.', [ROTH, MENDES]);
    expect(found.map((c) => [c.parties, c.cameo, c.rules[0]])).toEqual([[['Anna Roth', 'Carlos Mendes'], '044', 'summit']]);
  });
});
