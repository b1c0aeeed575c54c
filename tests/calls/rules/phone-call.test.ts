// Rule phone-call: a telephone call or conversation between two parties (CAMEO 041).
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('phone-call', () => {
  it("reads \"held a telephone talk with\" as a phone call", () => {
    const found = callsIn('Chancellor Anna Roth held a telephone talk with Carlos Mendes on Tuesday.', [ROTH, MENDES], [{ text: 'Tuesday', value: '2031-05-06' }]);
    expect(found).toEqual([{ parties: ['Anna Roth', 'Carlos Mendes'], medium: 'phone', cameo: '041', date: '2031-05-06', rules: ['phone-call', 'object-with', 'object-people', 'subject-clause', 'cameo-remote'] }]);
  });
  it("takes the caller from \"received a phone call from\"", () => {
    const found = callsIn('Anna Roth received a phone call from Carlos Mendes.', [ROTH, MENDES]);
    expect(found.map((c) => c.parties)).toEqual([['Anna Roth', 'Carlos Mendes']]);
  });
});
