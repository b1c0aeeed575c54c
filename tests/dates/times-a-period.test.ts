import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

describe('rule duration: a count of times before a rate is part of the SET', () => {
  it.each([
    ['Ferries sail to the island twice a week in winter.', ['twice a week → SET P1W']],
    ['The patients are fed three times a day.', ['three times a day → SET P1D']],
    ['Inspectors visit the plant once a year.', ['once a year → SET P1Y']],
    ['The council meets 4 times a month.', ['4 times a month → SET P1M']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('leaves an amount of things outside the rate', () => {
    expect(summary('The airline flies 12 times to Nairobi and adds 900 seats a week.')).toEqual(['a week → SET P1W']);
  });
});
