// The second day of "April 24 and 25" / "March 6-7": its own mention, in the first one's month.
import { MONTH_PATTERN, isValidDay, timexValue } from '../../../document/calendar.js';
import { calendarDay } from '../calendar-day.js';
import { pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

export const conjoinedDayParser: DateParser = {
  name: 'conjoined-day',
  pattern: pattern(`\\b(${MONTH_PATTERN})\\.?\\s+\\d{1,2}(?:\\s*(?:and|or|to|through|-|–)\\s*)(\\d{1,2})(?![\\d:]|,\\d|\\s*(?:%|percent)\\b)(?:,?\\s+(\\d{4})(?!\\d))?`, 'gid'),
  extract(m, ctx) {
    const date = calendarDay(ctx, m.index, m[1], m[2], m[3]);
    if (!date || !isValidDay(date.year, date.month, date.day)) return null;
    const from = m.indices![2][0] - m.index;
    return { type: 'DATE', value: timexValue(date.year, date.month, date.day), span: { from, to: m[0].length } };
  },
};
