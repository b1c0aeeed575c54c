// Veto family-request: what someone asks of their own family or friends ("encouraged his brother to
// do better", "asked her daughter not to go") is a private request, not an appeal; an appeal to the
// killers of one's son is public.
import { describe, expect, it } from 'vitest';
import { appealsIn, MENDES, ROTH } from './helpers.js';

describe('family-request', () => {
  it('rejects encouragement of a brother', () => {
    expect(appealsIn('Mendes tried to encourage his younger brother to stay in school, friends said.', [MENDES])).toEqual([]);
  });
  it('rejects a mother asking her daughter', () => {
    expect(appealsIn('Roth said she had asked her daughter not to go to the party.', [ROTH])).toEqual([]);
  });
  it("keeps an appeal to a son's killers", () => {
    expect(appealsIn("Roth urged her son's killers to turn themselves in.", [ROTH]).map((a) => a.demand)).toEqual([
      "her son's killers to turn themselves in",
    ]);
  });
});
