import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference, 10 March 2026.
describe('rule month-day / day-month: a calendar day with its year told relative to the reference', () => {
  it.each([
    ['The two governments first met on Nov. 12 last year.', ['Nov. 12 last year → DATE 2025-11-12']],
    ['The frigate was launched on 4 March last year.', ['4 March last year → DATE 2025-03-04']],
    ['The runway will close on Sept. 30 this year.', ['Sept. 30 this year → DATE 2026-09-30']],
    ['Voting is due to start on 14 February next year.', ['14 February next year → DATE 2027-02-14']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});
