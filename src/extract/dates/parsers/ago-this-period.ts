// "two years ago this month", "a year ago this week": the month (week) of the reference, that many years back,
// one mention; "two years ago" alone would be the year.
import { timexValue } from '../../../document/calendar.js';
import { isoWeek, referenceDay, shiftDay } from '../normalize.js';
import { DURATION_CORE, pattern, readQuantity } from '../patterns.js';
import type { DateParser } from '../types.js';

export const agoThisPeriodParser: DateParser = {
  name: 'ago-this-period',
  pattern: pattern(`\\b${DURATION_CORE}\\s+ago\\s+this\\s+(?<period>month|week)\\b`),
  extract(m, ctx) {
    const g = m.groups!;
    const quantity = readQuantity(g.amount, g.unit);
    if (!quantity || quantity.amount === null || quantity.unit !== 'Y' || !Number.isInteger(quantity.amount) || g.article?.toLowerCase() === 'the') return null;
    const day = referenceDay(ctx.reference);
    if (!day) return null;
    const then = shiftDay(day, 'Y', -quantity.amount);
    const value = g.period.toLowerCase() === 'week' ? isoWeek(then) : timexValue(then.year, then.month, null);
    return { type: 'DATE', value };
  },
};
