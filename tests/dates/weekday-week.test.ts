import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference, 10 March 2026, is a Tuesday.
describe('rule weekday-week: a week after the coming such day', () => {
  it.each([
    ['Talks resume on Monday week, a union spokesman said.', ['Monday week → DATE 2026-03-23']],
    ['The inquiry reports back Friday week.', ['Friday week → DATE 2026-03-20']],
    ['The bill returns to the Commons on Tuesday week.', ['Tuesday week → DATE 2026-03-24']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('leaves a weekday before a week-long event alone', () => {
    expect(summary('Delegates opened the Monday week-long talks early.')).toEqual(['Monday → DATE 2026-03-09', 'week-long → DURATION P1W']);
  });
});
