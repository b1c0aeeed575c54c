import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

describe('rule bare-plural-before: a bare plural unit as a noun of its own', () => {
  it('is an unknown number of units before "of", "later", "after" or "before"', () => {
    expect(summary('Weeks of talks produced no deal.')).toEqual(['Weeks → DURATION PXW']);
    expect(summary('Hours later, the ferry was found.')).toEqual(['Hours → DURATION PTXH']);
    expect(summary('The suspect was arrested days after the robbery.')).toEqual(['days → DURATION PXD']);
    expect(summary('The mayor resigned just months before the election.')).toEqual(['months → DURATION PXM']);
    expect(summary('The truce collapsed after years of fighting.')).toEqual(['years → DURATION PXY']);
  });

  it('is no duration after a determiner, an adjective or a number, nor as a title or a fraction', () => {
    expect(summary('They were the worst days of his life.')).toEqual([]);
    expect(summary('The fire started in the small hours of the morning.')).toEqual([]);
    expect(summary('The board approved the minutes of the meeting.')).toEqual([]);
    expect(summary('Members of Days of Rage marched on the square.')).toEqual([]);
    expect(summary('Shares were flat in after hours trading.')).toEqual([]);
  });
});
