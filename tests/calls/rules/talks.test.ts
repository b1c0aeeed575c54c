// Rule talks: "held talks", "a talk with": talks between parties.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('talks', () => {
  it("reads \"held a brief talk with\"", () => {
    const found = callsIn('Roth held a brief talk with Mendes after the dinner.', [ROTH, MENDES]);
    expect(found.map((c) => [c.parties, c.rules[0]])).toEqual([[['Anna Roth', 'Carlos Mendes'], 'talks']]);
  });
});
