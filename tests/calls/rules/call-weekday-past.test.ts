// Rule call-weekday-past: a held call is not dated after the story; a weekday read forward is the
// one before. The test reference day is Wednesday 2031-05-07.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH } from './helpers.js';

describe('call-weekday-past', () => {
  it('moves a forward weekday a week back', () => {
    const found = callsIn('Roth will attend the forum by video, after meeting Mendes on Monday.', [ROTH, MENDES], [
      { text: 'Monday', value: '2031-05-12' },
    ]);
    expect(found.map((c) => [c.date, c.rules.at(-1)])).toEqual([['2031-05-05', 'call-weekday-past']]);
  });
  it('leaves a past weekday alone', () => {
    const found = callsIn('Roth met Mendes on Monday.', [ROTH, MENDES], [{ text: 'Monday', value: '2031-05-05' }]);
    expect(found.map((c) => [c.date, c.rules])).toEqual([['2031-05-05', ['met', 'object-bare', 'object-people', 'subject-clause']]]);
  });
});
