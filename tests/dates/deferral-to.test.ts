import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference, 10 March 2026, is a Tuesday.
describe('tense: a deferral "to" a named day or month looks ahead', () => {
  it.each([
    ['The judge adjourned the case to Thursday, prosecutors said.', ['Thursday → DATE 2026-03-12']],
    ['The vote was postponed to Monday after a walkout.', ['Monday → DATE 2026-03-16']],
    ['The trial was pushed back to September at the request of the defense.', ['September → DATE 2026-09']],
    ['Her hearing was rescheduled to July 26 after her lawyer asked for more time.', ['July 26 → DATE 2026-07-26']],
    ['Organizers moved the march to Saturday because of the storm.', ['Saturday → DATE 2026-03-14']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('leaves an extent and a move to a place as the clause reads them', () => {
    expect(summary('The shootings extended to Sunday evening, police said.')).toEqual(['Sunday evening → TIME 2026-03-08TEV']);
    expect(summary('The company moved its headquarters to Dallas in September.')).toEqual(['September → DATE 2025-09']);
  });
});
