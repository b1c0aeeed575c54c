// Rule call-month-before-story: a meeting dated only by a month before the story's is an earlier
// call of its own, not a further report of the call the story is about.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH } from './helpers.js';

describe('call-month-before-story', () => {
  it('keeps "previously met in March" apart from the call of the story', () => {
    const found = callsIn(
      'Roth spoke with Mendes by phone on Tuesday. The two ministers previously met in Lisbon in March.',
      [ROTH, MENDES],
      [
        { text: 'Tuesday', value: '2031-05-06' },
        { text: 'March', value: '2031-03' },
      ],
    );
    expect(found.map((c) => [c.parties, c.medium, c.date, c.rules])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], 'phone', '2031-05-06', ['spoke-with', 'object-with', 'object-people', 'subject-clause', 'cameo-remote']],
      [['Anna Roth', 'Carlos Mendes'], 'in-person', null, ['met', 'object-bare', 'object-named', 'call-month-before-story', 'back-reference']],
    ]);
  });

  it('folds a meeting in the story\'s own month into its call', () => {
    const found = callsIn(
      'Roth met Mendes in Lisbon on Tuesday. Roth and Mendes met in May to sign the accord.',
      [ROTH, MENDES],
      [
        { text: 'Tuesday', value: '2031-05-06' },
        { text: 'May', value: '2031-05' },
      ],
    );
    expect(found.map((c) => [c.parties, c.date])).toEqual([[['Anna Roth', 'Carlos Mendes'], '2031-05-06']]);
  });
});
