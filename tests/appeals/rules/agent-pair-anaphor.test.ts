// Rule agent-pair-anaphor: "the two called on": the two people named before.
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, COUNCIL, MENDES, ROTH } from './helpers.js';

describe('agent-pair-anaphor', () => {
  it("gives one appeal to each of the two", () => {
    const text = 'Roth held a call with Brazilian President Carlos Mendes in which the two called on the rebels to disarm.';
    expect(appealsIn(text, [ROTH, MENDES, BRAZIL]).map((a) => [a.who, a.rules[1]])).toEqual([
      ['Anna Roth', 'agent-pair-anaphor'],
      ['Carlos Mendes', 'agent-pair-anaphor'],
    ]);
  });
});
