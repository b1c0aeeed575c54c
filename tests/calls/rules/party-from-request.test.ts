// Rule party-from-request: "held a conversation at the request of Y" — Y took part.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH } from './helpers.js';

describe('party-from-request', () => {
  it('adds the requesting party to a call told with one', () => {
    const found = callsIn('Roth held a telephone conversation at the request of President Carlos Mendes.', [ROTH, MENDES]);
    expect(found).toEqual([
      {
        parties: ['Anna Roth', 'Carlos Mendes'],
        medium: 'phone',
        cameo: '041',
        date: null,
        rules: ['phone-call', 'subject-clause', 'party-from-request', 'cameo-remote'],
      },
    ]);
  });
  it('leaves a call with both parties as it is', () => {
    const found = callsIn('Roth spoke with Mendes by phone at the request of Brazil.', [ROTH, MENDES, { type: 'country', name: 'Brazil', forms: ['Brazil'] }]);
    expect(found.map((c) => c.parties)).toEqual([['Anna Roth', 'Carlos Mendes']]);
  });
});
