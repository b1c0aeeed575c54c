// Rule 'speaker-of-reported-call': "X said that in a call with Y he ..." — the call fronted inside
// what X reports is X's, when the reported clause's subject is "he" or "she".
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH, SATO } from './helpers.js';

describe('speaker-of-reported-call', () => {
  it('makes the reporter the caller', () => {
    const found = callsIn('Roth said on Friday that in a phone call with Mendes she had raised the tariff dispute.', [ROTH, MENDES]);
    expect(found.map((c) => [c.parties, c.medium, c.rules.slice(0, 4)])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], 'phone', ['phone-call', 'object-with', 'object-people', 'speaker-of-reported-call']],
    ]);
  });

  it('reads "during his meeting with"', () => {
    const found = callsIn('Roth told reporters that during his meeting with Mendes he pressed for a deal.', [ROTH, MENDES]);
    expect(found.map((c) => c.parties)).toEqual([['Anna Roth', 'Carlos Mendes']]);
  });

  it('does not make the reporter a party when someone else is the subject of the reported clause', () => {
    const found = callsIn('Roth said that in a call with Mendes, Sato had agreed to the plan.', [ROTH, MENDES, SATO]);
    expect(found.filter((c) => c.parties.includes('Anna Roth'))).toEqual([]);
  });
});
