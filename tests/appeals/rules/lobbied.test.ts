// Rule lobbied: "lobbied Y to X", "lobbying for X": pressure put on someone to act is an appeal (GUIDELINES: "pressed Y to X").
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, COUNCIL, MENDES, ROTH } from './helpers.js';

const ALL = [ROTH, MENDES, COUNCIL, BRAZIL];

describe('lobbied', () => {
  it('reads "lobbied Y to X"', () => {
    expect(appealsIn('Brazil lobbied the Nordic Council to drop the levy on soy imports.', ALL)).toEqual([
      { who: 'Brazil', demand: 'the Nordic Council to drop the levy on soy imports', rules: ['lobbied', 'agent-clause-subject'] },
    ]);
  });
  it('reads "has been lobbying for X"', () => {
    expect(appealsIn('Mendes has been lobbying for a waiver on steel tariffs.', ALL).map((a) => [a.who, a.demand, a.rules[0]])).toEqual([
      ['Carlos Mendes', 'a waiver on steel tariffs', 'lobbied'],
    ]);
  });
  it('reads no appeal in "lobbied against" nor when not made', () => {
    expect(appealsIn('Roth lobbied against the new levy.', ALL)).toEqual([]);
    expect(appealsIn('Roth never lobbied lawmakers to back the levy.', ALL)).toEqual([]);
  });
});
