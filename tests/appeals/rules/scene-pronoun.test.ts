// Veto scene-pronoun: an order, a warning or a request made to one person of a scene ("ordered them
// to back away" at gunpoint, "asked him to leave") is no appeal; urging a pronoun stays.
import { describe, expect, it } from 'vitest';
import { appealsIn, MENDES, ROTH } from './helpers.js';

describe('scene-pronoun', () => {
  it('rejects an order at gunpoint', () => {
    expect(appealsIn('Witnesses said Mendes waved a pistol at the men and ordered them to back away.', [MENDES])).toEqual([]);
  });
  it('rejects a request to one person and a warning to one person', () => {
    expect(appealsIn('Roth said she had asked him to move out in May.', [ROTH])).toEqual([]);
    expect(appealsIn('Mendes said he warned her not to drive home that night.', [MENDES])).toEqual([]);
  });
  it('keeps an urging of a group named before', () => {
    expect(appealsIn('Mendes met the ministers and urged them to send more air defences.', [MENDES]).map((a) => a.demand)).toEqual([
      'them to send more air defences',
    ]);
  });
});
