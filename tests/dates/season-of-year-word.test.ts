import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference is 10 March 2026.
describe('rule season-year: a season of last, this or next year', () => {
  it.each([
    ['Growth stalled in the autumn of last year.', ['the autumn of last year → DATE 2025-FA']],
    ['The pipeline should be finished by the summer of next year.', ['the summer of next year → DATE 2027-SU']],
    ['The council plans to vote in spring this year.', ['spring this year → DATE 2026-SP']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});
