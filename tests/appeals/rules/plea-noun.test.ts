// Rule plea-noun and the owner of "an appeal for": "the pope's plea for", "made a fresh plea for",
// "X's appeal for more weapons" are appeals; a plea with no owner or adopting verb, a plea for help
// and "X's appeal to the court" (a lawsuit) are not.
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, MENDES, ROTH } from './helpers.js';

describe('plea-noun', () => {
  it('reads a plea made by the subject', () => {
    expect(appealsIn('Mendes made a fresh plea for peace in the valley during his Sunday address.', [MENDES])).toEqual([
      { who: 'Carlos Mendes', demand: 'peace in the valley during his Sunday address', rules: ['plea-noun', 'agent-clause-subject'] },
    ]);
  });
  it("reads the owner of \"X's plea for\"", () => {
    expect(appealsIn("Roth's plea for calm went unheeded as the protests spread.", [ROTH]).map((a) => [a.who, a.rules])).toEqual([
      ['Anna Roth', ['plea-noun', 'call-owner']],
    ]);
  });
  it('rejects a plea for help and a plea no one makes', () => {
    expect(appealsIn('Mendes heard a plea for help from the flooded farm.', [MENDES])).toEqual([]);
    expect(appealsIn('Roth ignored a plea for more time.', [ROTH])).toEqual([]);
  });
});

describe('appeal-owner', () => {
  it("reads the owner of \"X's appeal for\"", () => {
    expect(appealsIn("Brazil's appeal for more fire planes was backed by Roth.", [BRAZIL, ROTH]).map((a) => [a.who, a.rules])).toEqual([
      ['Brazil', ['appeal-verb', 'call-owner']],
    ]);
  });
  it("rejects \"X's appeal to the court\"", () => {
    expect(appealsIn("Mendes's appeal to the high court was heard on Monday.", [MENDES])).toEqual([]);
  });
});
