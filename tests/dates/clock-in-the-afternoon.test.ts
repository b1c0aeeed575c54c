import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference is 10 March 2026.
describe('rule clock-time: an hour with the part of the day after it', () => {
  it.each([
    ['The shooting took place at roughly 2 in the afternoon.', ['2 in the afternoon → TIME 2026-03-10T14:00']],
    ['Witnesses heard the blast at 3:45 in the morning.', ['3:45 in the morning → TIME 2026-03-10T03:45']],
    ['The train left 9:20 in the evening, the operator said.', ['9:20 in the evening → TIME 2026-03-10T21:20']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('needs a word that introduces a time before a bare hour', () => {
    expect(summary('He scored 2 in the afternoon session.')).toEqual([]);
  });
});
