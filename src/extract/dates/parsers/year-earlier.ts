// "year-earlier", "year-ago" as adjectives ("year-earlier profit"): last year, or the same quarter of last year in
// financial copy about a quarter.
import { relativePeriod } from '../normalize.js';
import { inQuarterContext, pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

export const yearEarlierParser: DateParser = {
  name: 'year-earlier',
  pattern: pattern('\\b(?:year-earlier|year-ago)\\b'),
  extract(m, ctx) {
    const value = inQuarterContext(ctx.text, m.index) ? relativePeriod(ctx.reference, 'Q', -5) : relativePeriod(ctx.reference, 'Y', -1);
    return { type: 'DATE', value };
  },
};
