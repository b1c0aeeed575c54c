// "March 6", "Sept. 30, 1990", "Friday, Oct. 23", "6 March 2026", "March 6 last year": a calendar day, its year
// from the reference and the clause's tense when the text gives none.
import { MONTH_PATTERN, WEEKDAY_PATTERN, isValidDay, timexValue } from '../../../document/calendar.js';
import { calendarDay } from '../calendar-day.js';
import { pattern } from '../patterns.js';
import type { DateParser, ParseContext, ParsedTimex } from '../types.js';

const WEEKDAY_PREFIX = `(?:${WEEKDAY_PATTERN},?\\s+)?`;
const ORDINAL_SUFFIX = '(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(\\d{4})(?!\\d|,\\d))?';
/** "March 6 last year", "6 March this year": the year counted from the reference's. */
const RELATIVE_YEAR = '\\s+(last|this|next)\\s+year';
const YEAR_OFFSETS: Record<string, number> = { last: -1, this: 0, next: 1 };
/** The year of a range's second day ("May 2-3, 2027") belongs to the first day too. */
const RANGE_YEAR = '(?=\\s*(?:and|or|to|through|-|–)\\s*\\d{1,2},?\\s+(\\d{4})(?!\\d))';

function relativeYear(ctx: ParseContext, word: string | undefined): string | undefined {
  const year = ctx.reference?.year;
  return word && year != null ? String(year + YEAR_OFFSETS[word.toLowerCase()]) : undefined;
}

function resolve(ctx: ParseContext, at: number, monthName: string, dayText: string, yearText: string | undefined): ParsedTimex | null {
  const date = calendarDay(ctx, at, monthName, dayText, yearText);
  if (!date || !isValidDay(date.year, date.month, date.day)) return null;
  return { type: 'DATE', value: timexValue(date.year, date.month, date.day) };
}

export const monthDayParser: DateParser = {
  name: 'month-day',
  // The month must not run into a larger number ("May 1,300") or a time ("March 6:30").
  pattern: pattern(`\\b${WEEKDAY_PREFIX}(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})${ORDINAL_SUFFIX}(?!\\d|[:,]\\d)(?:${RELATIVE_YEAR}\\b|${RANGE_YEAR}|${YEAR}\\b)`),
  extract(m, ctx) {
    return resolve(ctx, m.index, m[1], m[2], relativeYear(ctx, m[3]) ?? m[4] ?? m[5]);
  },
};

export const dayMonthParser: DateParser = {
  name: 'day-month',
  pattern: pattern(`\\b${WEEKDAY_PREFIX}(?:the\\s+)?(\\d{1,2})${ORDINAL_SUFFIX}\\s+(?:of\\s+)?(${MONTH_PATTERN})\\b\\.?(?:${RELATIVE_YEAR}\\b|${YEAR}\\b)`),
  extract(m, ctx) {
    return resolve(ctx, m.index, m[2], m[1], relativeYear(ctx, m[3]) ?? m[4]);
  },
};
