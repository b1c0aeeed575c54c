import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

describe('rule year: the hundreds of a century name the century', () => {
  it.each([
    ['The mill was built in the 1800s.', ['the 1800s → DATE 18']],
    ['Settlers arrived in the early 1700s.', ['the early 1700s → DATE 17']],
    ['The harbour dates from the late 1900s.', ['the late 1900s → DATE 19']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('keeps a decade a decade', () => {
    expect(summary('The scheme was dropped in the 1970s.')).toEqual(['the 1970s → DATE 197']);
    expect(summary('The firm grew fast in the 2000s.')).toEqual(['the 2000s → DATE 200']);
  });
});
