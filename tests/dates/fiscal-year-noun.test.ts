import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

describe('rule year: a year before "fiscal year" or "calendar year" takes the noun and its article', () => {
  it.each([
    ['The company expects a loss in the 2014 fiscal year.', ['the 2014 fiscal year → DATE 2014']],
    ['Its 2025 financial year was its best.', ['2025 financial year → DATE 2025']],
    ['Sales rose in fiscal 2014, the group said.', ['fiscal 2014 → DATE 2014']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('leaves the article of another noun outside', () => {
    expect(summary('Turnout in the 2014 election was low.')).toEqual(['2014 → DATE 2014']);
  });
});
