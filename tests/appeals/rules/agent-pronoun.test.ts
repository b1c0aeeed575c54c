// Rule agent-pronoun: "She also ... and urged": the person quoted in the sentence before.
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, COUNCIL, MENDES, ROTH } from './helpers.js';

describe('agent-pronoun', () => {
  it("takes the speaker of the previous quote", () => {
    const text = '"We welcome what Mendes said," Roth said. She also thanked the voters and urged parties to accept the result.';
    expect(appealsIn(text, [ROTH, MENDES]).map((a) => [a.who, a.rules[1]])).toEqual([['Anna Roth', 'agent-pronoun']]);
  });
});
