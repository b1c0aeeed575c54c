import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

describe('rule unit-long: a unit compounded with "long"', () => {
  it('reads a singular unit as one unit, hyphenated or closed up', () => {
    expect(summary('Negotiators left a day-long session without a deal.')).toEqual(['day-long → DURATION P1D']);
    expect(summary('The city began a yearlong review of its police.')).toEqual(['yearlong → DURATION P1Y']);
    expect(summary('Crowds marked the end of a weeklong festival.')).toEqual(['weeklong → DURATION P1W']);
  });

  it('reads a plural unit as an unknown number of units', () => {
    expect(summary('The hours-long standoff ended peacefully.')).toEqual(['hours-long → DURATION PTXH']);
    expect(summary('The ruling ends a decades-long dispute over the border.')).toEqual(['decades-long → DURATION PXE']);
  });

  it('leaves a counted compound to the duration rule', () => {
    expect(summary('They began a two-day-long strike.')).toEqual(['two-day-long → DURATION P2D']);
  });

  it('ignores "long" after words that are no unit', () => {
    expect(summary('A lifelong fan and a mile-long queue waited outside.')).toEqual([]);
  });
});
