import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

describe('rule frequency-word: a capitalised Daily or Weekly inside a sentence is a name', () => {
  it.each([
    ['Prices rose, the China Daily said.'],
    ['The victim told the Daily News that he saw two men.'],
    ['A reporter for the Orange County Weekly was at the scene.'],
    ['Police named the dead man as Mark Weekly, 50.'],
  ])('%s', (text) => {
    expect(summary(text)).toEqual([]);
  });

  it.each([
    ['Daily flights to Bombay resume in April.', ['Daily → SET P1D', 'April → DATE 2026-04']],
    ['The ferry now sails daily.', ['now → DATE PRESENT_REF', 'daily → SET P1D']],
    ['"Weekly checks are needed," the inspector said.', ['Weekly → SET P1W']],
  ])('keeps %s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});
