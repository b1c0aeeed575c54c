import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference, 10 March 2026, is a Tuesday.
describe('rule ordinal-day: a day of the month without its month', () => {
  it.each([
    ['The central bank will announce its decision on the 19th.', ['the 19th → DATE 2026-03-19']],
    ['The central bank will announce its decision on the 2nd.', ['the 2nd → DATE 2026-04-02']],
    ['The envoy arrived on the 4th and left on the 8th.', ['the 4th → DATE 2026-03-04', 'the 8th → DATE 2026-03-08']],
    ['Shipments halted on the 28th, the port said.', ['the 28th → DATE 2026-02-28']],
    ['The first alarm sounded at 3:40 a.m. on the 9th.', ['3:40 a.m. → TIME 2026-03-09T03:40', 'the 9th → DATE 2026-03-09']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    'The fire started on the 5th floor of the tower.',
    'She made a birdie on the 16th, sinking a long putt.',
    'He dropped shots on the 12th and 14th holes.',
  ])('no day: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});
