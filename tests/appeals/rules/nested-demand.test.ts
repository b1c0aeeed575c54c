// Rule nested-demand: "urged Y to push for X": the act asked of the addressee is part of the first
// appeal's demand; the addressee makes no appeal of their own.
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, COUNCIL, MENDES, ROTH } from './helpers.js';

const ALL = [ROTH, MENDES, COUNCIL, BRAZIL];

describe('nested-demand', () => {
  it('reads one appeal where the act asked for is itself an appeal verb', () => {
    expect(appealsIn('In a phone call on Friday, Roth urged Mendes to push for a truce in the north.', ALL)).toEqual([
      { who: 'Anna Roth', demand: 'Mendes to push for a truce in the north', rules: ['urge-verb', 'agent-clause-subject'] },
    ]);
    expect(appealsIn('Brazil asked the Nordic Council to call for fresh talks.', ALL)).toEqual([
      { who: 'Brazil', demand: 'the Nordic Council to call for fresh talks', rules: ['asked-to', 'agent-clause-subject'] },
    ]);
  });
  it('still reads a second appeal verb of the subject', () => {
    expect(appealsIn('Roth urged Mendes to resume the talks and called for a truce.', ALL).map((a) => [a.who, a.demand])).toEqual([
      ['Anna Roth', 'Mendes to resume the talks and called for a truce'],
      ['Anna Roth', 'a truce'],
    ]);
  });
});
