import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference is Tuesday 10 March 2026.
describe('rule season-part: early, late and mid- seasons', () => {
  it.each([
    ['Grain exports slowed in the early summer.', ['the early summer → DATE 2025-SU']],
    ['The ferry service resumes in late spring.', ['late spring → DATE 2026-SP']],
    ['The dam will be finished by early summer.', ['early summer → DATE 2026-SU']],
    ['Snow cut the pass in mid-winter.', ['mid-winter → DATE 2026-WI']],
    ['The cull began in late autumn last year.', ['late autumn last year → DATE 2025-FA']],
    ['Work stopped in early fall next year.', ['early fall next year → DATE 2027-FA']],
    ['Refugees crossed the border in late summer 2024.', ['late summer 2024 → DATE 2024-SU']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('leaves "an early fall" in prices alone', () => {
    expect(summary('Shares suffered an early fall in thin trading.')).toEqual([]);
  });
});

describe('rule bare-period: a season told in the past tense has begun', () => {
  it.each([
    ['Militias held the valley through the summer.', ['the summer → DATE 2025-SU']],
    ['Talks on the border resume in the summer.', ['the summer → DATE 2026-SU']],
    ['A general strike is slated for the autumn.', ['the autumn → DATE 2026-FA']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('rule bare-period: a season "of" something is no season', () => {
  it.each([['He has led the party since the fall of communism.'], ['The singer is in the autumn of her career.']])('%s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});
