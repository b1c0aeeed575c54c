// "the first day of March" is that date; "the third day of the month" a day of the reference month; "the second day
// of the offensive", "the eighth day of the strike" count the days of an event, told of the day the story is in
// (TimeML marks "the second day" a DATE, the reference day, and leaves the event out).
import { MONTH_PATTERN, monthNumber, timexValue } from '../../../document/calendar.js';
import { parseOrdinal } from '../../../text/numbers.js';
import { relativePeriod, yearForMonthDay } from '../normalize.js';
import { isCapitalized, pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

const ORDINAL_WORD = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))`;

export const dayOfParser: DateParser = {
  name: 'day-of',
  pattern: pattern(
    String.raw`\b(?:the\s+)?(${ORDINAL_WORD})\s+(?:full\s+)?day\s+of\s+(?:(${MONTH_PATTERN})\b(?:,?\s+(\d{4})\b)?|the\s+(month)\b|(?!(?:the\s+)?(?:year|week|decade|century)\b)(?=(?:(?:an?|the|this|its|their)\s+)?[a-z]))`,
  ),
  extract(m, ctx) {
    const n = parseOrdinal(m[1]);
    if (n === null || n < 1 || n > 31) return null;
    const ref = ctx.reference;
    if (m[2]) {
      const month = monthNumber(m[2]);
      if (!isCapitalized(m[2]) || month === null) return null;
      const year = m[3] ? Number(m[3]) : yearForMonthDay(ref, month, n, ctx.tenseAt(m.index));
      return { type: 'DATE', value: timexValue(year, month, n) };
    }
    if (m[4]) return { type: 'DATE', value: timexValue(ref?.year ?? null, ref?.month ?? null, n) };
    // A day counted in an event: only the ordinal and "day" are the mention; one ahead ("the first day of school
    // will be ...") has no day to go by.
    if (ctx.tenseAt(m.index) === 'future') return null;
    const span = { from: 0, to: m[0].search(/\s+of\s+/i) };
    // The reference day is a guess, so no anaphor or clock time is anchored on it.
    return { type: 'DATE', value: relativePeriod(ref, 'D', 0), span, tags: ['no-story-day'] };
  },
};
