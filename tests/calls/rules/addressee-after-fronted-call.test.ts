// Rule addressee-after-fronted-call: "In a phone call on Monday, A told B that ...": the main
// clause's subject spoke to its object, so the two held the call the sentence opens on.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH, SATO } from './helpers.js';

describe('addressee-after-fronted-call', () => {
  it('takes the subject and the person told', () => {
    const found = callsIn('In a phone call on Monday, Chancellor Anna Roth told President Carlos Mendes that Berlin would back the loan.', [ROTH, MENDES], [
      { text: 'Monday', value: '2031-05-05' },
    ]);
    expect(found.map((c) => [c.parties, c.medium, c.date, c.rules])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], 'phone', '2031-05-05', ['phone-call', 'addressee-after-fronted-call', 'cameo-remote']],
    ]);
  });
  it('reads "assured his counterpart B"', () => {
    const found = callsIn('In a video call, Roth assured her Japanese counterpart Ken Sato of continued support.', [ROTH, SATO]);
    expect(found.map((c) => [c.parties, c.medium])).toEqual([[['Anna Roth', 'Ken Sato'], 'video']]);
  });
  it('takes no party from a phrase after the verb', () => {
    const found = callsIn('In a phone call on Monday, Roth praised efforts by Mendes to end the strike.', [ROTH, MENDES]);
    expect(found).toEqual([]);
  });
});
