// "the week of March 6": the ISO week holding that day.
import { MONTH_PATTERN, isValidDay, monthNumber } from '../../../document/calendar.js';
import { isoWeek, yearForMonthDay } from '../normalize.js';
import { isCapitalized, pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

export const weekOfParser: DateParser = {
  name: 'week-of',
  pattern: pattern(`\\bthe\\s+week\\s+of\\s+(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(\\d{4})(?!\\d))?`),
  extract(m, ctx) {
    if (!isCapitalized(m[1])) return null;
    const month = monthNumber(m[1]);
    const day = Number(m[2]);
    if (month === null) return null;
    const year = m[3] ? Number(m[3]) : yearForMonthDay(ctx.reference, month, day, ctx.tenseAt(m.index));
    if (year === null || !isValidDay(year, month, day)) return { type: 'DATE', value: 'XXXX-WXX' };
    return { type: 'DATE', value: isoWeek({ year, month, day }) };
  },
};
