// Rule object-with: the parties after "with"/"to".
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('object-with', () => {
  it("reads \"spoke to\"", () => {
    expect(callsIn('Roth spoke to Sato on Monday.', [ROTH, SATO], [{ text: 'Monday', value: '2031-05-05' }]).map((c) => c.rules)).toEqual([
      ['spoke-with', 'object-with', 'object-people', 'subject-clause'],
    ]);
  });
  it("ends the object at a speaker attribution", () => {
    const found = callsIn('Roth had a phone call with Mendes, spokesman Ken Sato said.', [ROTH, MENDES, SATO]);
    expect(found.map((c) => c.parties)).toEqual([['Anna Roth', 'Carlos Mendes']]);
  });
});
