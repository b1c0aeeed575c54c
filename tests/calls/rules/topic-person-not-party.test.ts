// Rule topic-person-not-party: "A pressed B on the detention of C during a call": a person named
// past a preposition opening a topic is what the two spoke of, not a third party.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH, SATO } from './helpers.js';

describe('topic-person-not-party', () => {
  it('leaves the detained person out of the call', () => {
    const found = callsIn('Roth pressed Mendes on the detention of journalist Ken Sato during a call on Tuesday.', [ROTH, MENDES, SATO], [
      { text: 'Tuesday', value: '2031-05-06' },
    ]);
    expect(found.map((c) => [c.parties, c.medium, c.date, c.rules])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], 'phone', '2031-05-06', ['phone-call', 'subject-clause', 'parties-of-main-clause', 'topic-person-not-party', 'cameo-remote']],
    ]);
  });
  it('reads "raised the case of" the same way', () => {
    const found = callsIn('Roth questioned Mendes about the case of Ken Sato during a phone conversation.', [ROTH, MENDES, SATO]);
    expect(found.map((c) => c.parties)).toEqual([['Anna Roth', 'Carlos Mendes']]);
  });
});
