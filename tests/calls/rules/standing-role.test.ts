// Rule standing-role: "who coordinates the talks" tells a person's role, not a meeting held; the
// meeting the sentence goes on to report is read on its own.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('standing-role', () => {
  it('rejects the talks a person coordinates and keeps the meeting held', () => {
    const text = 'Roth met Mendes in Oslo on Friday, said Sato, who oversees the fisheries talks with Norway.';
    const found = callsIn(text, [ROTH, MENDES, SATO, country('Norway')]);
    expect(found.map((c) => [c.parties, c.rules[0]])).toEqual([[['Anna Roth', 'Carlos Mendes'], 'met']]);
  });
  it('rejects talks a person chairs when the meeting is only planned', () => {
    const text = 'Sato and Mendes, along with Roth, who chairs the water talks, will hold a meeting in Lima on Friday.';
    expect(callsIn(text, [ROTH, MENDES, SATO])).toEqual([]);
  });
  it('keeps talks a person led', () => {
    const found = callsIn('Roth, who led talks with Mendes in Oslo, flew home on Friday.', [ROTH, MENDES]);
    expect(found.map((c) => [c.parties, c.rules[0]])).toEqual([[['Anna Roth', 'Carlos Mendes'], 'talks']]);
  });
});
