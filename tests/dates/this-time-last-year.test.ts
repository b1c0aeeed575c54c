import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference is 10 March 2026.
describe('rule this-time-last-year: the reference day a year or a week off', () => {
  it.each([
    ['This time last year, the company was losing money.', ['This time last year → DATE 2025-03-10']],
    ['Analysts expect rates to be lower this time next year.', ['this time next year → DATE 2027-03-10']],
    ['At this time last week the river was still rising.', ['this time last week → DATE 2026-03-03']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});
