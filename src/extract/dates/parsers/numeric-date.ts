// "2026-03-10", "3/10/2026", "10/03/26" read US-style (month first) as in English wire copy.
import { isValidDay, timexValue } from '../../../document/calendar.js';
import { pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

export const numericDateParser: DateParser = {
  name: 'numeric-date',
  pattern: pattern(`(?<![\\d/.-])(?:(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2}))(?![\\d/]|[.-]\\d)`),
  extract(m) {
    const [year, month, day] = m[1]
      ? [Number(m[1]), Number(m[2]), Number(m[3])]
      : [m[6].length === 2 ? 1900 + Number(m[6]) + (Number(m[6]) < 50 ? 100 : 0) : Number(m[6]), Number(m[4]), Number(m[5])];
    if (!isValidDay(year, month, day)) return null;
    return { type: 'DATE', value: timexValue(year, month, day) };
  },
};
