import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference, 10 March 2026, is a Tuesday in ISO week 11.
describe('rule period-after-next: two periods from the reference', () => {
  it.each([
    ['Parliament will reconvene the week after next, the speaker said.', ['the week after next → DATE 2026-W13']],
    ['The blaze broke out the weekend before last near the harbour.', ['the weekend before last → DATE 2026-W09-WE']],
    ['The rate rise is expected the month after next.', ['the month after next → DATE 2026-05']],
    ['Turnout fell sharply in the year before last.', ['the year before last → DATE 2024']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});
