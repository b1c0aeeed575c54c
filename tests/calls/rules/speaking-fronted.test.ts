// Rule speaking-fronted: "Speaking by phone to Y, X said ...": a participle opening the sentence is
// a call between its object and the main clause's subject; elsewhere "speaking to" is no call.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH } from './helpers.js';

describe('speaking-fronted', () => {
  it('reads "Speaking by phone to Y on Monday, X said"', () => {
    const found = callsIn('Speaking by phone to Carlos Mendes on Monday, Roth said the port deal was close.', [MENDES, ROTH], [
      { text: 'Monday', value: '2031-05-05' },
    ]);
    expect(found).toEqual([
      {
        parties: ['Carlos Mendes', 'Anna Roth'],
        medium: 'phone',
        cameo: '041',
        date: '2031-05-05',
        rules: ['speaking-fronted', 'object-with', 'object-people', 'subject-after-fronted-call', 'cameo-remote'],
      },
    ]);
  });
  it('reads the participle after a dateline', () => {
    const found = callsIn('LISBON, May 6 (Reuters) - Talking with Mendes by video link, Roth urged calm.', [MENDES, ROTH]);
    expect(found.map((c) => [c.parties, c.medium])).toEqual([[['Carlos Mendes', 'Anna Roth'], 'video']]);
  });
  it('leaves a participle inside the sentence alone', () => {
    expect(callsIn('In Lisbon, Roth said she was speaking to Mendes every week.', [MENDES, ROTH])).toEqual([]);
  });
  it('leaves "Speaking by phone with" a station alone (press-party)', () => {
    expect(callsIn('Speaking by phone with WKRT 7, Mayor Mendes said the roads were closed.', [MENDES, { type: 'organization', name: 'WKRT', forms: ['WKRT'] }])).toEqual([]);
  });
  it('leaves "Speaking to reporters" alone', () => {
    expect(callsIn('Speaking to reporters after the vote, Roth praised Mendes.', [MENDES, ROTH])).toEqual([]);
  });
});
