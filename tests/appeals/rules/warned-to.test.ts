// Rule warned-to: a warning addressed to someone to act ("warned the rebels to lay down their arms")
// is a demand; a warning about something ("warned that", "warned of a threat to") is not (GUIDELINES).
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, MENDES, ROTH } from './helpers.js';

describe('warned-to', () => {
  it('reads a warning to a country to stop', () => {
    expect(appealsIn('Roth warned Brazil to stop clearing the forest along the border.', [ROTH, BRAZIL])).toEqual([
      { who: 'Anna Roth', demand: 'Brazil to stop clearing the forest along the border', rules: ['warned-to', 'agent-clause-subject'] },
    ]);
  });
  it('reads a warning to a group not to act', () => {
    expect(appealsIn('Mendes warned residents not to return to the flooded valley.', [MENDES]).map((a) => a.demand)).toEqual([
      'residents not to return to the flooded valley',
    ]);
  });
  it('rejects a warning about something', () => {
    expect(appealsIn('Roth warned that the drought could spread to the south.', [ROTH])).toEqual([]);
    expect(appealsIn('Mendes warned of a growing threat to shipping in the strait.', [MENDES])).toEqual([]);
  });
  it('rejects the noun "a warning to"', () => {
    expect(appealsIn('Mendes issued a warning to other gun owners: keep the safety on.', [MENDES])).toEqual([]);
  });
});
