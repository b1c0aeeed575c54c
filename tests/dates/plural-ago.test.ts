import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference is Tuesday 10 March 2026.
describe('vague-duration: a bare plural before "ago" is a time gone by (PAST_REF)', () => {
  it.each([
    ['Years ago, the valley was farmland.', ['Years ago → DATE PAST_REF']],
    ['The truce, agreed just weeks ago, collapsed on Monday.', ['weeks ago → DATE PAST_REF', 'Monday → DATE 2026-03-09']],
    ['The mine closed decades ago and the town never recovered.', ['decades ago → DATE PAST_REF']],
    ['The minister took office only months ago.', ['months ago → DATE PAST_REF']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('leaves a title alone', () => {
    expect(summary('Tickets for the Days Ago tour sold out.')).toEqual([]);
  });
});
