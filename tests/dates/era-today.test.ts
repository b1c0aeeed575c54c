import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference is Tuesday 10 March 2026.
describe('relative-day: "today\'s" or "tomorrow\'s" before a generic noun names no day', () => {
  it.each([
    ["Critics say the curriculum ignores the pressures of today's world.", []],
    ["The bishop said drugs were the greatest danger facing today's youth.", []],
    ["The academy says it is training tomorrow's leaders, not just engineers.", []],
    ["Most of today's mobile phones carry the chip.", []],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    ["Today's vote is the first since the coup.", ['Today → DATE 2026-03-10']],
    ["Tomorrow's rally will start at the station.", ['Tomorrow → DATE 2026-03-11']],
  ])('keeps a day of the story: %s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});
