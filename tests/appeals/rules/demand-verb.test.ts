// Rule demand-verb: "demanded": an appeal.
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, COUNCIL, MENDES, ROTH } from './helpers.js';

describe('demand-verb', () => {
  it("reads \"demanded\"", () => {
    expect(appealsIn('Brazil demanded the release of its diplomats.', [BRAZIL]).map((a) => [a.who, a.demand])).toEqual([
      ['Brazil', 'the release of its diplomats'],
    ]);
  });
});
