// Rule being-arranged: "a call between A and B was being arranged", "talks are planned for June":
// a call still being set up has not been held.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH } from './helpers.js';

describe('being-arranged', () => {
  it('rejects "was being arranged"', () => {
    expect(callsIn('Officials said a phone call between Roth and U.S. envoy Mendes was being arranged.', [ROTH, MENDES])).toEqual([]);
  });
  it('rejects "are planned for"', () => {
    expect(callsIn('Talks between Roth and Mendes are planned for June in Lisbon.', [ROTH, MENDES])).toEqual([]);
  });
  it('keeps a call held before a later one is planned', () => {
    const found = callsIn('Roth met Mendes in Lisbon, and a second round of talks is planned for June.', [ROTH, MENDES]);
    expect(found.map((c) => [c.parties, c.medium])).toEqual([[['Anna Roth', 'Carlos Mendes'], 'in-person']]);
  });
});
