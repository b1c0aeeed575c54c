// Rule appeal-verb: "appealed for": an appeal.
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, COUNCIL, MENDES, ROTH } from './helpers.js';

describe('appeal-verb', () => {
  it("reads \"appealed for\"", () => {
    expect(appealsIn('Mendes appealed for calm.', [MENDES]).map((a) => [a.who, a.demand])).toEqual([['Carlos Mendes', 'calm']]);
  });
});
