// Rule agent-body-anaphor: "The council ... The council also called for ...": a body's head noun with
// the definite article, as the whole subject, stands for the organization last named with that head.
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, COUNCIL, ROTH } from './helpers.js';

const ALL = [ROTH, COUNCIL, BRAZIL];

describe('agent-body-anaphor', () => {
  it('reads "the council" as the council named before', () => {
    expect(appealsIn('The Nordic Council met in Oslo on Monday. The council also called for a freeze on new drilling.', ALL)).toEqual([
      { who: 'Nordic Council', demand: 'a freeze on new drilling', rules: ['call-for', 'agent-body-anaphor'] },
    ]);
  });
  it('reads no body whose head noun no organization named before ends in', () => {
    expect(appealsIn('The Nordic Council met in Oslo on Monday. The ministry also called for a freeze on new drilling.', ALL)).toEqual([]);
  });
});
