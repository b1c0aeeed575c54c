// Rule call-on: "called on X to": an appeal.
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, COUNCIL, MENDES, ROTH } from './helpers.js';

describe('call-on', () => {
  it("reads \"called on\"", () => {
    expect(appealsIn('Brazil called on both sides to respect the truce.', [BRAZIL])).toEqual([
      { who: 'Brazil', demand: 'both sides to respect the truce', rules: ['call-on', 'agent-clause-subject'] },
    ]);
  });
});

describe('call-on: two appeals of one actor', () => {
  it('reads a quote opening after "called" and a second verb joined by "and"', () => {
    const found = appealsIn('The Council called \u201con the militia to free the hostages" and urged all sides to respect the truce.', [COUNCIL]);
    expect(found.map((a) => [a.who, a.rules[0]])).toEqual([
      ['Nordic Council', 'call-on'],
      ['Nordic Council', 'urge-verb'],
    ]);
  });
  it('keeps one appeal for a restating participle', () => {
    const found = appealsIn('Roth urged the militia to free the hostages, calling for their release by Friday.', [ROTH]);
    expect(found.map((a) => [a.who, a.rules[0]])).toEqual([['Anna Roth', 'urge-verb']]);
  });
});
