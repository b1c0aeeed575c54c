// "March 6", "Sept. 30, 1990", "Friday, Oct. 23", "6 March 2026": a calendar day, its year from the
// reference and the clause's tense when the text gives none.
import { MONTH_PATTERN, WEEKDAY_PATTERN, isValidDay, timexValue } from '../../../document/calendar.js';
import { calendarDay } from '../calendar-day.js';
import { pattern } from '../patterns.js';
import type { DateParser, ParseContext, ParsedTimex } from '../types.js';

const WEEKDAY_PREFIX = `(?:${WEEKDAY_PATTERN},?\\s+)?`;
const ORDINAL_SUFFIX = '(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(\\d{4})(?!\\d|,\\d))?';
/** The year of a range's second day ("May 2-3, 2027") belongs to the first day too. */
const RANGE_YEAR = '(?=\\s*(?:and|or|to|through|-|–)\\s*\\d{1,2},?\\s+(\\d{4})(?!\\d))';

function resolve(ctx: ParseContext, at: number, monthName: string, dayText: string, yearText: string | undefined): ParsedTimex | null {
  const date = calendarDay(ctx, at, monthName, dayText, yearText);
  if (!date || !isValidDay(date.year, date.month, date.day)) return null;
  return { type: 'DATE', value: timexValue(date.year, date.month, date.day) };
}

export const monthDayParser: DateParser = {
  name: 'month-day',
  // The month must not run into a larger number ("May 1,300") or a time ("March 6:30").
  pattern: pattern(`\\b${WEEKDAY_PREFIX}(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})${ORDINAL_SUFFIX}(?!\\d|[:,]\\d)(?:${RANGE_YEAR}|${YEAR}\\b)`),
  extract(m, ctx) {
    return resolve(ctx, m.index, m[1], m[2], m[3] ?? m[4]);
  },
};

export const dayMonthParser: DateParser = {
  name: 'day-month',
  pattern: pattern(`\\b${WEEKDAY_PREFIX}(?:the\\s+)?(\\d{1,2})${ORDINAL_SUFFIX}\\s+(?:of\\s+)?(${MONTH_PATTERN})\\b\\.?${YEAR}\\b`),
  extract(m, ctx) {
    return resolve(ctx, m.index, m[2], m[1], m[3]);
  },
};
