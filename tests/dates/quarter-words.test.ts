import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// Reference: Tuesday 10 March 2026, in the first quarter.
describe('rule quarter: "this quarter" and "that quarter"', () => {
  it('reads "this quarter" as the quarter under way', () => {
    expect(summary('The retailer expects sales to pick up this quarter.')).toEqual(['this quarter → DATE 2026-Q1']);
  });

  it('reads "this quarter" in a story reporting on a quarter as that quarter (rule reported-quarter)', () => {
    expect(summary('Acme reported a loss for the third quarter. This quarter included a large charge.')).toEqual([
      'the third quarter → DATE 2025-Q3',
      'This quarter → DATE 2025-Q3',
    ]);
  });

  it('keeps the demonstrative out before a numbered quarter', () => {
    expect(summary('The company will book this third-quarter charge in October.')).toEqual(['third-quarter → DATE 2026-Q3', 'October → DATE 2026-10']);
  });
});

describe('rule that-quarter: "that quarter" is the quarter last named', () => {
  it('takes the year and number of the quarter before it', () => {
    expect(summary('The bank lost money in the second quarter of 2024. Results for that quarter included a large charge.')).toEqual([
      'the second quarter of 2024 → DATE 2024-Q2',
      'that quarter → DATE 2024-Q2',
    ]);
  });
});

describe('rule duration: what a counted unit is not', () => {
  it('reads a month, week or day "-old" before a person as an age, not a time', () => {
    expect(summary('Police said a 6-month-old boy and his mother were hurt.')).toEqual([]);
    expect(summary('The 10-month-old was taken to hospital.')).toEqual([]);
    expect(summary('A 3-week-old, Mia, survived.')).toEqual([]);
  });

  it('keeps a month "-old" before a thing as a duration', () => {
    expect(summary('The 8-month-old ceasefire is under strain.')).toEqual(['8-month-old → DURATION P8M']);
  });

  it('reads "a quarter of" something other than time as a fraction', () => {
    expect(summary('Pension funds own more than a quarter of the market.')).toEqual([]);
    expect(summary('The town imports three quarters of its water.')).toEqual([]);
    expect(summary('Tax bills will be lower in a quarter that ends with a loss.')).toEqual(['a quarter → DURATION P1Q']);
  });

  it('keeps "the" out of a number and singular unit used as an adjective', () => {
    expect(summary('Crowds gathered for the two day rally in the capital.')).toEqual(['two day → DURATION P2D']);
  });

  it('keeps "year-earlier" inside a counted period of financial copy', () => {
    expect(summary('Net for the year-earlier nine months included a gain.')).toEqual(['the year-earlier nine months → DURATION P9M']);
  });
});
