// "the week of March 6": the ISO week holding that day.
import { MONTH_PATTERN, isValidDay } from '../../../document/calendar.js';
import { calendarDay } from '../calendar-day.js';
import { isoWeek } from '../normalize.js';
import { pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

export const weekOfParser: DateParser = {
  name: 'week-of',
  pattern: pattern(`\\bthe\\s+week\\s+of\\s+(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(\\d{4})(?!\\d))?`),
  extract(m, ctx) {
    const date = calendarDay(ctx, m.index, m[1], m[2], m[3]);
    if (!date) return null;
    const { year, month, day } = date;
    if (year === null || !isValidDay(year, month, day)) return { type: 'DATE', value: 'XXXX-WXX' };
    return { type: 'DATE', value: isoWeek({ year, month, day }) };
  },
};
