// Rule object-from: "a call from X": X is the other party and the caller.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('object-from', () => {
  it("reads \"got a call from\"", () => {
    const found = callsIn('Sato got a call from Roth late on Friday.', [SATO, ROTH]);
    expect(found.map((c) => [c.parties, c.rules[1]])).toEqual([[['Ken Sato', 'Anna Roth'], 'object-from']]);
  });
});
