// Veto private-request: "asked for" is an appeal only for what a government or the public can give.
import { describe, expect, it } from 'vitest';
import { appealsIn, MENDES } from './helpers.js';

describe('private-request', () => {
  it('rejects a request for a lawyer', () => {
    expect(appealsIn('Mendes asked for a lawyer before questioning began.', [MENDES])).toEqual([]);
  });
  it("rejects a request for a friend's car", () => {
    expect(appealsIn('Mendes asked for a ride home after the party.', [MENDES])).toEqual([]);
  });
  it('keeps people asked to act', () => {
    expect(appealsIn('Mendes is asking for residents to stay off the roads.', [MENDES]).map((a) => a.demand)).toEqual(['residents to stay off the roads']);
  });
  it("keeps a request for the community's support", () => {
    expect(appealsIn("Mendes asks for the community's support.", [MENDES]).map((a) => a.demand)).toEqual(["the community's support"]);
  });
  it('keeps a request for international aid', () => {
    expect(appealsIn('Mendes asked for international aid to rebuild the flooded towns.', [MENDES])).toEqual([
      { who: 'Carlos Mendes', demand: 'international aid to rebuild the flooded towns', rules: ['asked-for', 'agent-clause-subject'] },
    ]);
  });
});
