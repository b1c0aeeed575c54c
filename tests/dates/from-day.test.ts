import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference, 10 March 2026, is a Tuesday.
describe('rule from-day: an amount of days or weeks counted on from a named day is one date', () => {
  it.each([
    ['The new tariffs take effect a week from Friday.', ['a week from Friday → DATE 2026-03-20']],
    ['Ballots must be returned two weeks from Monday.', ['two weeks from Monday → DATE 2026-03-30']],
    ['The committee will report ten days from today.', ['ten days from today → DATE 2026-03-20']],
    ['The strike ends a week from tomorrow, the union said.', ['a week from tomorrow → DATE 2026-03-18']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('counts from the reference day itself when it is the weekday named', () => {
    expect(summary('Talks resume a week from Tuesday.')).toEqual(['a week from Tuesday → DATE 2026-03-17']);
  });

  it('leaves a vague amount to its own parsers', () => {
    expect(summary('The vote will be held a few weeks from Friday.')).toEqual(['a few weeks → DURATION PXW', 'Friday → DATE 2026-03-13']);
  });
});

describe('rule from-day: a stretch "for" an amount from a day starts on that day', () => {
  it.each([
    ['Rail services will be suspended for two days from Thursday.', ['two days → DURATION P2D', 'Thursday → DATE 2026-03-12']],
    ['The bridge will close for a week from Monday for repairs.', ['a week → DURATION P1W', 'Monday → DATE 2026-03-16']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});
