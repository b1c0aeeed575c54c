// Rule time-anchor-event: "spoke with Y on May 3, the day before the summit", "ahead of the talks":
// an event named only to time a call is not reported as one, so it neither adds nor changes a call.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH } from './helpers.js';

describe('time-anchor-event', () => {
  it('keeps a call dated by "the day before the summit" as it was held', () => {
    const found = callsIn('Roth spoke with Mendes on May 3, the day before the summit in Lisbon, her office said.', [ROTH, MENDES], [
      { text: 'May 3', value: '2031-05-03' },
    ]);
    expect(found.map((c) => [c.parties, c.medium, c.date])).toEqual([[['Anna Roth', 'Carlos Mendes'], 'unspecified', '2031-05-03']]);
  });
  it('reads "on the eve of the talks" the same way', () => {
    const found = callsIn('Roth spoke by phone with Mendes on the eve of the talks in Geneva.', [ROTH, MENDES]);
    expect(found.map((c) => [c.parties, c.medium])).toEqual([[['Anna Roth', 'Carlos Mendes'], 'phone']]);
  });
  it('keeps a meeting counted from with "a day after"', () => {
    const found = callsIn('Roth flew home a day after the meeting between Roth and Mendes in Lisbon.', [ROTH, MENDES]);
    expect(found.map((c) => c.parties)).toEqual([['Anna Roth', 'Carlos Mendes']]);
  });
});
