import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference is Tuesday 10 March 2026.
describe('day-of: "the first day of March", "the second day of the strike"', () => {
  it.each([
    ['The new tariffs took effect on the first day of March.', ['the first day of March → DATE 2026-03-01']],
    ['The rebate is paid on the 15th day of April 2027.', ['the 15th day of April 2027 → DATE 2027-04-15']],
    ['Fuel ran short by the third day of the month.', ['the third day of the month → DATE 2026-03-03']],
  ])('a day of a month: %s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    ['Riot police fired tear gas on the third day of protests in the capital.', ['the third day → DATE 2026-03-10']],
    ['It is the fifth day of a strike by port workers.', ['the fifth day → DATE 2026-03-10']],
  ])('a day of an event is the day of the story: %s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('anchors no "that day" on a day of an event', () => {
    expect(summary('The boy was shot on Sunday. He had spent his first day of camp at the lake earlier that day.')).toEqual([
      'Sunday → DATE 2026-03-08',
      'first day → DATE 2026-03-10',
      'earlier that day → DATE 2026-03-08',
    ]);
  });

  it('leaves a day of an event ahead unread', () => {
    expect(summary('The first day of the congress will open with a speech by the premier.')).toEqual([]);
  });
});
