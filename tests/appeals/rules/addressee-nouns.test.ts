// Whom an appeal addresses ("asked … to", "encouraged … to"): a bare plural noun for bodies or groups,
// maybe after one or two modifiers, names the addressee of an act asked for.
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, COUNCIL, ROTH } from './helpers.js';

const ALL = [ROTH, COUNCIL, BRAZIL];

describe('addressee nouns', () => {
  it('reads a body named by a plural noun after two modifiers', () => {
    expect(appealsIn('Brazil asked social media companies to take down the videos.', ALL)).toEqual([
      { who: 'Brazil', demand: 'social media companies to take down the videos', rules: ['asked-to', 'agent-clause-subject'] },
    ]);
  });
  it('reads provinces, regions and firms as addressees', () => {
    expect(appealsIn('The Nordic Council encouraged provinces to expand rural clinics.', ALL).map((a) => [a.who, a.demand])).toEqual([
      ['Nordic Council', 'provinces to expand rural clinics'],
    ]);
    expect(appealsIn('Roth urged state-owned firms to cut energy use.', ALL).map((a) => [a.who, a.demand])).toEqual([
      ['Anna Roth', 'state-owned firms to cut energy use'],
    ]);
  });
  it('reads no addressee in a thing moved', () => {
    expect(appealsIn('Brazil pushed crude prices to record highs.', ALL)).toEqual([]);
  });
});
