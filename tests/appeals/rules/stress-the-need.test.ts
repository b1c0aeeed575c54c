// Rule stress-the-need: "stressed the need for": an appeal.
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, COUNCIL, MENDES, ROTH } from './helpers.js';

describe('stress-the-need', () => {
  it("reads \"emphasised the need for\"", () => {
    expect(appealsIn('Roth emphasised the need for fresh talks.', [ROTH]).map((a) => [a.who, a.demand, a.rules[0]])).toEqual([
      ['Anna Roth', 'fresh talks', 'stress-the-need'],
    ]);
  });
});
