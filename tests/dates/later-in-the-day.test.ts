import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference, 10 March 2026, is a Tuesday.
describe('rule that-day: "later in the day" is the day last named, with "later in" outside the extent', () => {
  it('takes the day named before it', () => {
    expect(summary('Troops entered the town on Sunday. Later in the day, the mayor fled.')).toEqual([
      'Sunday → DATE 2026-03-08',
      'the day → DATE 2026-03-08',
    ]);
  });

  it('is the reference day with no day before it', () => {
    expect(summary('More arrests were made earlier in the day, police said.')).toEqual(['the day → DATE 2026-03-10']);
  });

  it('keeps a part of the day', () => {
    expect(summary('Talks opened on Friday and broke down later in the evening.')).toEqual([
      'Friday → DATE 2026-03-06',
      'the evening → TIME 2026-03-06TEV',
    ]);
  });
});
