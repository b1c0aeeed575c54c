import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference, 10 March 2026, is a Tuesday.
describe('rule time-on-day: the day after "on" dates the clock time before it', () => {
  it('dates a clock time by the weekday or the date after it', () => {
    expect(summary('The blast went off at 9 p.m. on Saturday.')).toEqual(['9 p.m. → TIME 2026-03-07T21:00', 'Saturday → DATE 2026-03-07']);
    expect(summary('Polling stations open at 7 a.m. on Friday, March 20.')).toEqual([
      '7 a.m. → TIME 2026-03-20T07:00',
      'Friday, March 20 → DATE 2026-03-20',
    ]);
    expect(summary('The ultimatum expired at noon on Monday.')).toEqual(['noon → TIME 2026-03-09T12:00', 'Monday → DATE 2026-03-09']);
  });

  it('leaves a clock time alone when the day is told otherwise', () => {
    expect(summary('The train left at 6 a.m. and arrived on Sunday.')).toEqual(['6 a.m. → TIME 2026-03-10T06:00', 'Sunday → DATE 2026-03-08']);
  });
});

describe('rule clock-time: the zone after the time', () => {
  it('keeps the short US zones in the extent', () => {
    expect(summary('Trading in the shares was halted at 11:15 a.m. ET.')).toEqual(['11:15 a.m. ET → TIME 2026-03-10T11:15']);
    expect(summary('The launch window opens at 4 p.m. PT Thursday.')).toEqual(['4 p.m. PT Thursday → TIME 2026-03-12T16:00']);
    expect(summary('The storm reached the coast at 2 a.m. CDT.')).toEqual(['2 a.m. CDT → TIME 2026-03-10T02:00']);
  });
});
