// Rule attendees-join-last-call: people "the call was joined by" are at the call last reported; the
// wider call is its own record, held the way and on the day that call was.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH, SATO } from './helpers.js';

const LIND = { type: 'person' as const, name: 'Eva Lind', forms: ['Eva Lind', 'Lind'] };

describe('attendees-join-last-call', () => {
  it('adds the attendees to the parties of the call last reported', () => {
    const text = 'Roth spoke with Mendes by phone on Monday. The call was later joined by Sato and Lind, officials said.';
    const found = callsIn(text, [ROTH, MENDES, SATO, LIND], [{ text: 'Monday', value: '2031-05-05' }]);
    expect(found.map((c) => [c.parties, c.medium, c.date, c.rules.includes('attendees-join-last-call')])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], 'phone', '2031-05-05', false],
      [['Anna Roth', 'Carlos Mendes', 'Ken Sato', 'Eva Lind'], 'phone', '2031-05-05', true],
    ]);
  });
});
