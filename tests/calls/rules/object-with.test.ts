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

describe('object-with: clause limits', () => {
  it('keeps the last syllable of a hyphenated name in the object', () => {
    const lee = { type: 'person' as const, name: 'Lee Ha-in', forms: ['Lee Ha-in'] };
    const found = callsIn('Roth held talks with Lee Ha-in in Seoul.', [ROTH, lee]);
    expect(found.map((c) => c.parties)).toEqual([['Anna Roth', 'Lee Ha-in']]);
  });
  it('does not open a clause at the colon of a clock time', () => {
    const found = callsIn('On Monday, starting at 9:30 a.m., Roth held a phone call with Mendes.', [ROTH, MENDES], [
      { text: 'Monday', value: '2031-05-05' },
    ]);
    expect(found.map((c) => [c.parties, c.date])).toEqual([[['Anna Roth', 'Carlos Mendes'], '2031-05-05']]);
  });
});
