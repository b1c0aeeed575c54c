import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

describe('rule weekday: a weekday with a plural part of the day is a set', () => {
  it.each([
    ['The program airs on Tuesday nights.', ['Tuesday nights → SET XXXX-WXX-2TNI']],
    ['Street markets open on Sunday mornings.', ['Sunday mornings → SET XXXX-WXX-7TMO']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('keeps one part of one day a date', () => {
    expect(summary('Rockets fell on the city on Sunday night.')).toEqual(['Sunday night → DATE 2026-03-08TNI']);
  });
});

describe('rule weekday: a plural part of the day before a noun is a possessive without its apostrophe', () => {
  it('reads one morning of the last such day', () => {
    expect(summary('Police are still searching for the gunman in Sunday mornings shooting.')).toEqual(['Sunday mornings → TIME 2026-03-08TMO']);
  });
});
