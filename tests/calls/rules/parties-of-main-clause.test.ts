// Rule parties-of-main-clause: "X congratulated Y ... during a phone conversation" — the two people
// of the main clause held the call.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH, SATO } from './helpers.js';

describe('parties-of-main-clause', () => {
  it('takes the subject and the object of the main verb', () => {
    const found = callsIn(
      'Roth congratulated Mendes on his re-election as president and stressed close trade ties during a May 3 phone conversation.',
      [ROTH, MENDES],
      [{ text: 'May 3', value: '2031-05-03' }],
    );
    expect(found).toEqual([
      { parties: ['Anna Roth', 'Carlos Mendes'], medium: 'phone', cameo: '041', date: '2031-05-03', rules: ['phone-call', 'parties-of-main-clause', 'cameo-remote'] },
    ]);
  });
  it('reads only the reported clause after "said"', () => {
    const found = callsIn('Sato said Roth thanked Mendes for the aid during a video call.', [ROTH, MENDES, SATO]);
    expect(found.map((c) => c.parties)).toEqual([['Anna Roth', 'Carlos Mendes']]);
  });
  it('gives nothing when the clause names three people', () => {
    expect(callsIn('Roth, Sato and Mendes agreed on the text during a phone call.', [ROTH, MENDES, SATO]).map((c) => c.rules[1])).toEqual(['subject-clause']);
  });
});
