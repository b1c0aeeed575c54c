// Rule object-between: "between A and B": both are the parties.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('object-between', () => {
  it("reads \"a meeting between A and B\"", () => {
    const found = callsIn('A meeting between Roth and Mendes took place in Oslo.', [ROTH, MENDES]);
    expect(found.map((c) => [c.parties, c.rules.slice(0, 3)])).toEqual([[['Anna Roth', 'Carlos Mendes'], ['met', 'object-between', 'object-people']]]);
  });
});
