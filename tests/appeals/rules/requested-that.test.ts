// Rule requested-that: "requested that X do Y" is an appeal; the noun and the one asked are not.
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, ROTH } from './helpers.js';

describe('requested-that', () => {
  it('reads "requested that" and "is requesting that"', () => {
    expect(appealsIn('Brazil on Friday requested that the trade council review the tariffs.', [BRAZIL]).map((a) => [a.who, a.demand])).toEqual([
      ['Brazil', 'the trade council review the tariffs'],
    ]);
    expect(appealsIn('Roth is requesting that the hearing be held in public.', [ROTH]).map((a) => [a.who, a.demand])).toEqual([
      ['Anna Roth', 'the hearing be held in public'],
    ]);
  });

  it('leaves the noun "request that" alone', () => {
    expect(appealsIn("Roth's request that the hearing be held in public was denied.", [ROTH])).toEqual([]);
  });
});
