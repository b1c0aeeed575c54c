// Rule agent-before-parenthetical: the subject stands before a parenthetical set off by commas
// ("X, who met Y, urged"); a party named inside it does not appeal.
import { describe, expect, it } from 'vitest';
import type { ActorSpec } from '../../calls/context.js';
import { appealsIn, BRAZIL, COUNCIL, MENDES, ROTH } from './helpers.js';

describe('agent-before-parenthetical', () => {
  it('reads the subject before a relative clause', () => {
    expect(appealsIn('The Nordic Council, which Brazil joined in May, urged lenders to cut rates.', [COUNCIL, BRAZIL])).toEqual([
      { who: 'Nordic Council', demand: 'lenders to cut rates', rules: ['urge-verb', 'agent-before-parenthetical'] },
    ]);
  });
  it('reads the subject before a participle phrase naming someone else', () => {
    expect(appealsIn('Roth, speaking in Lisbon after meeting Mendes, called for a stronger coast guard.', [ROTH, MENDES])).toEqual([
      { who: 'Anna Roth', demand: 'a stronger coast guard', rules: ['call-for', 'agent-before-parenthetical'] },
    ]);
  });
  it('reads an organization before a prepositional phrase', () => {
    expect(appealsIn('The Nordic Council, in its yearly Brazil Outlook, on Monday urged lenders to cut rates.', [COUNCIL, { type: 'person', name: 'Brazil Outlook', forms: ['Brazil Outlook'] }])).toEqual([
      { who: 'Nordic Council', demand: 'lenders to cut rates', rules: ['urge-verb', 'agent-before-parenthetical'] },
    ]);
  });
  it('keeps the coordinated subjects before an apposition', () => {
    expect(appealsIn('Roth and Mendes, the two envoys, urged the rebels to disarm.', [ROTH, MENDES]).map((a) => a.who)).toEqual(['Anna Roth', 'Carlos Mendes']);
  });
  it('leaves a name set off by commas to the clause subject rule', () => {
    expect(appealsIn('The head of the Nordic Council, Anna Roth, urged calm.', [ROTH, COUNCIL]).map((a) => [a.who, a.rules[1]])).toEqual([
      ['Anna Roth', 'agent-clause-subject'],
    ]);
  });
  it('takes no party inside a relative clause when none is named before it', () => {
    const place: ActorSpec = { type: 'place', name: 'Norway', forms: ['Norway'] };
    expect(appealsIn('Norway, which mediates between Roth and Mendes, urged both sides to return to talks.', [place, ROTH, MENDES])).toEqual([]);
  });
});
