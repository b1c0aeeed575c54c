import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference, 10 March 2026, is a Tuesday in ISO week 11.
describe('rule resolve-week-anaphora: a week told relative to the day last mentioned', () => {
  it.each([
    ['Militiamen seized the bridge on Feb. 3 and gave it up the following week.', ['Feb. 3 → DATE 2026-02-03', 'the following week → DATE 2026-W07']],
    ['Customs officers said on Jan. 22 that the cargo had left port the previous week.', ['Jan. 22 → DATE 2026-01-22', 'the previous week → DATE 2026-W03']],
    ['Jobless claims fell to 310,000 in the week to Feb. 14, down 4,000 from the prior week.', ['Feb. 14 → DATE 2026-02-14', 'the prior week → DATE 2026-W06']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('counts from the day, not from a week told after it', () => {
    expect(summary('Traders said on Friday that next week would be as quiet as the previous week.')).toEqual([
      'Friday → DATE 2026-03-06',
      'next week → DATE 2026-W12',
      'the previous week → DATE 2026-W09',
    ]);
  });

  it('keeps the reference when no day was told before', () => {
    expect(summary('Port traffic fell the previous week.')).toEqual(['the previous week → DATE 2026-W10']);
  });
});
