// "the third week of June", "the last week of March 2025", "the first week of September": one ISO week of the month.
// Week n is the one holding the month's (7n - 3)th day, so a first week has most of its days in the month; the last
// week holds the month's fourth day from the end.
import { MONTH_PATTERN } from '../../../document/calendar.js';
import { calendarDay } from '../calendar-day.js';
import { isoWeek } from '../normalize.js';
import { pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

const WEEK_NUMBERS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 5, last: 5 };

export const weekOfMonthParser: DateParser = {
  name: 'week-of-month',
  pattern: pattern(`\\bthe\\s+(first|second|third|fourth|final|last)\\s+week\\s+of\\s+(${MONTH_PATTERN})\\b\\.?(?:,?\\s+(\\d{4})(?!\\d))?`),
  extract(m, ctx) {
    const n = WEEK_NUMBERS[m[1].toLowerCase()];
    const date = calendarDay(ctx, m.index, m[2], '1', m[3]);
    if (!date) return null;
    const { year, month } = date;
    if (year === null) return { type: 'DATE', value: 'XXXX-WXX' };
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const day = n === 5 ? lastDay - 3 : 7 * n - 3;
    const end = m[0].replace(/\.$/, '').length;
    return { type: 'DATE', value: isoWeek({ year, month, day }), span: { from: 0, to: end } };
  },
};
