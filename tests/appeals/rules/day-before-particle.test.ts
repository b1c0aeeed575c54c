// Appeal verbs: the day may stand between the verb and its particle ("called on Tuesday for",
// "appealed on Monday for").
import { describe, expect, it } from 'vitest';
import { appealsIn, COUNCIL, ROTH } from './helpers.js';

describe('day between verb and particle', () => {
  it('reads "called on Tuesday for"', () => {
    expect(appealsIn('Roth called on Tuesday for an immediate ceasefire.', [ROTH])).toEqual([
      { who: 'Anna Roth', demand: 'an immediate ceasefire', rules: ['call-for', 'agent-clause-subject'] },
    ]);
  });
  it('reads "appealed on Monday for"', () => {
    expect(appealsIn('The Nordic Council appealed on Monday for calm in the capital.', [COUNCIL])).toEqual([
      { who: 'Nordic Council', demand: 'calm in the capital', rules: ['appeal-verb', 'agent-clause-subject'] },
    ]);
  });
});
