// Rule insist-on: "insisted on": an appeal.
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, COUNCIL, MENDES, ROTH } from './helpers.js';

describe('insist-on', () => {
  it("reads \"insisted on\"", () => {
    expect(appealsIn('Roth insisted on a public inquiry.', [ROTH]).map((a) => [a.who, a.demand])).toEqual([['Anna Roth', 'a public inquiry']]);
  });
});
