// Rule call-for: "called for X": an appeal.
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, COUNCIL, MENDES, ROTH } from './helpers.js';

describe('call-for', () => {
  it("stops the demand at the clause end", () => {
    expect(appealsIn('Mendes called for a ceasefire, according to his office.', [MENDES])).toEqual([
      { who: 'Carlos Mendes', demand: 'a ceasefire', rules: ['call-for', 'agent-clause-subject'] },
    ]);
  });
  it("rejects \"did not call for\"", () => {
    expect(appealsIn('Mendes did not call for new elections.', [MENDES])).toEqual([]);
  });
});
