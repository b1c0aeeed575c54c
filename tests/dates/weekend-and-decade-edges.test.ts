import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference, 10 March 2026, is a Tuesday in ISO week 11.
describe('rule relative-period: the coming weekend is the first one ahead', () => {
  it.each([
    ['Crowds are expected at the beaches over the coming weekend.', ['the coming weekend → DATE 2026-W11-WE']],
    ['Organisers hope for sunshine at the upcoming weekend.', ['the upcoming weekend → DATE 2026-W11-WE']],
    ['The market reopens next weekend.', ['next weekend → DATE 2026-W12-WE']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('on a Sunday, the coming weekend is the next week\'s', () => {
    expect(summary('Crowds are expected over the coming weekend.', '2026-03-15')).toEqual(['the coming weekend → DATE 2026-W12-WE']);
  });
});

describe('rule bare-period: "the weekend of" is dated by the days after it', () => {
  it('leaves the weekend to the dates', () => {
    expect(summary('Snow is forecast for the weekend of March 21-22.')).toEqual(['March 21 → DATE 2026-03-21', '22 → DATE 2026-03-22']);
  });
});

describe('rule bare-period: the decade at its edge is the current decade', () => {
  it.each([
    ['Emissions must halve by the end of the decade, the minister said.', ['the end of the decade → DATE 202']],
    ['Output should recover before the middle of the decade.', ['the middle of the decade → DATE 202']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});
