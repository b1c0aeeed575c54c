// "this time last year", "this time next year", "at this time last week": the reference's day a year (a week) off,
// one mention; "last year" alone would be the whole year.
import { dayValue, referenceDay, shiftDay } from '../normalize.js';
import { pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

export const thisTimeLastYearParser: DateParser = {
  name: 'this-time-last-year',
  pattern: pattern('\\bthis\\s+time\\s+(last|next)\\s+(year|month|week)\\b'),
  extract(m, ctx) {
    const day = referenceDay(ctx.reference);
    if (!day) return null;
    const unit = ({ year: 'Y', month: 'M', week: 'W' } as const)[m[2].toLowerCase() as 'year' | 'month' | 'week'];
    return { type: 'DATE', value: dayValue(shiftDay(day, unit, m[1].toLowerCase() === 'last' ? -1 : 1)) };
  },
};
