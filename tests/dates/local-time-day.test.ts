import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference, 10 March 2026, is a Tuesday.
describe('rule time-on-day: a clock time in local time before a weekday is on that day', () => {
  it('dates the time by the day after "local time"', () => {
    expect(summary('The blast came at 9:15 p.m. local time Monday.')).toEqual(['9:15 p.m. → TIME 2026-03-09T21:15', 'Monday → DATE 2026-03-09']);
  });
});
