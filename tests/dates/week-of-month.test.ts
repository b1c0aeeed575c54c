import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference, 10 March 2026, is a Tuesday in ISO week 11.
describe('rule week-of-month: an ordinal week of a month is one ISO week', () => {
  it.each([
    ['Sales are expected to pick up in the third week of June.', ['the third week of June → DATE 2026-W25']],
    ['Ballots will be counted in the last week of March.', ['the last week of March → DATE 2026-W13']],
    ['The rains began in the first week of September 2025.', ['the first week of September 2025 → DATE 2025-W36']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});
