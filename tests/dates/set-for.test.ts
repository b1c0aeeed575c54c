import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference, 10 March 2026, is a Tuesday.
describe('tense: "is set for" a day looks ahead', () => {
  it.each([
    ['The runoff vote is set for Sunday.', ['Sunday → DATE 2026-03-15']],
    ['Sentencing has been set for Friday, the court said.', ['Friday → DATE 2026-03-13']],
    ['The talks are set for Thursday in Geneva.', ['Thursday → DATE 2026-03-12']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('keeps a past setting in the past', () => {
    expect(summary('The runoff vote was set for Sunday, officials said.')).toEqual(['Sunday → DATE 2026-03-08']);
  });
});
