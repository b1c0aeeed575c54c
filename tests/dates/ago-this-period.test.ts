import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference, 10 March 2026, is in ISO week 11.
describe('rule ago-this-period: the reference month or week, years back', () => {
  it.each([
    ['Two years ago this month, the mine collapsed.', ['Two years ago this month → DATE 2024-03']],
    ['The ferry sank a year ago this week off the coast.', ['a year ago this week → DATE 2025-W11']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});
