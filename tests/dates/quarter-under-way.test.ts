import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference, 10 March 2026, is in the first quarter.
describe('rule quarter: "the quarter" in a clause that looks ahead is the one under way', () => {
  it('is the current quarter in the future tense', () => {
    expect(summary('The board will review the policy at the end of the quarter.')).toEqual(['the end of the quarter → DATE 2026-Q1']);
  });

  it('is the quarter just reported on otherwise', () => {
    expect(summary('Revenue rose 4% in the quarter, the company said.')).toEqual(['the quarter → DATE 2025-Q4']);
  });
});
