// Rule pressed-for: "pressed X to", "pushed for", "is pushing to": an appeal.
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, COUNCIL, MENDES, ROTH } from './helpers.js';

describe('pressed-for', () => {
  it("reads a long addressee before \"to\"", () => {
    expect(appealsIn('Brazil has pressed all members of the trade bloc to cut tariffs.', [BRAZIL]).map((a) => [a.who, a.rules[0]])).toEqual([
      ['Brazil', 'pressed-for'],
    ]);
  });
  it("reads \"is pushing to\"", () => {
    expect(appealsIn('The Nordic Council is pushing to revive the fisheries talks.', [COUNCIL]).map((a) => [a.who, a.demand])).toEqual([
      ['Nordic Council', 'revive the fisheries talks'],
    ]);
  });
});
