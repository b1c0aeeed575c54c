// The second day of "April 24 and 25" / "March 6-7": its own mention, in the first one's month.
import { MONTH_PATTERN, isValidDay, monthNumber, timexValue } from '../../../document/calendar.js';
import { yearForMonthDay } from '../normalize.js';
import { isCapitalized, pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

export const conjoinedDayParser: DateParser = {
  name: 'conjoined-day',
  pattern: pattern(`\\b(${MONTH_PATTERN})\\.?\\s+\\d{1,2}(?:\\s*(?:and|or|to|through|-|–)\\s*)(\\d{1,2})(?![\\d:]|,\\d|\\s*(?:%|percent)\\b)(?:,?\\s+(\\d{4})(?!\\d))?`, 'gid'),
  extract(m, ctx) {
    if (!isCapitalized(m[1])) return null;
    const month = monthNumber(m[1]);
    const day = Number(m[2]);
    if (month === null) return null;
    const year = m[3] ? Number(m[3]) : yearForMonthDay(ctx.reference, month, day, ctx.tenseAt(m.index));
    if (!isValidDay(year, month, day)) return null;
    const from = m.indices![2][0] - m.index;
    return { type: 'DATE', value: timexValue(year, month, day), span: { from, to: m[0].length } };
  },
};
