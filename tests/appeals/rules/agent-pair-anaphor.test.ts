// Rule agent-pair-anaphor: "the two called on": the two people named before.
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, COUNCIL, MENDES, ROTH } from './helpers.js';

describe('agent-pair-anaphor', () => {
  it("gives one appeal to each of the two", () => {
    const text = 'Roth held a call with Brazilian President Carlos Mendes in which the two called on the rebels to disarm.';
    expect(appealsIn(text, [ROTH, MENDES, BRAZIL]).map((a) => [a.who, a.rules[1]])).toEqual([
      ['Anna Roth', 'agent-pair-anaphor'],
      ['Carlos Mendes', 'agent-pair-anaphor'],
    ]);
  });
});

describe('agent-pair-anaphor: across a line break', () => {
  it('takes the two people named just before over a state', () => {
    const found = appealsIn('Roth held a call with Brazilian envoy Carlos\nMendes on Monday in which the two called on the rebels to disarm.', [
      ROTH,
      { type: 'person', name: 'Carlos Mendes', forms: ['Carlos\nMendes'] },
      { type: 'country', name: 'Brazil', forms: ['Brazilian'] },
    ]);
    expect(found.map((a) => [a.who, a.rules[1]])).toEqual([
      ['Anna Roth', 'agent-pair-anaphor'],
      ['Carlos Mendes', 'agent-pair-anaphor'],
    ]);
  });
});
