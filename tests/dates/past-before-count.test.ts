import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

describe('rule reference: "the past" before a count describes what is counted', () => {
  it.each([
    ['Turnout fell in the past three elections.', []],
    ['The team has lost the past several games.', []],
    ['Such attacks were rare in the past, officials said.', ['the past → DATE PAST_REF']],
    ['Prices have climbed over the past two months.', ['the past two months → DURATION P2M']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});
