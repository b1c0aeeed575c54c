// critical-of: "critical" followed by "of", "to", "for" or "about" is a judgement, not a person's condition.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('critical-of', () => {
  it('reads no casualty from people critical of something', () => {
    expect(figures('Two senators were critical of the plan to cut aid.')).toEqual([]);
    expect(figures('Both judges were critical about the delay, and four lawmakers said the reform was critical to the budget.')).toEqual([]);
  });

  it('keeps people in a critical condition', () => {
    expect(figures('Two others were critical, police said.')).toEqual([['injured', 2]]);
    expect(figures('Three passengers were in critical condition on Sunday.')).toEqual([['injured', 3]]);
  });
});
