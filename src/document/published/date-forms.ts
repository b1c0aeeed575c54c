// The calendar dates that pages print in their stamps and datelines, read at a given place:
// "April 17, 2024", "02nd April 2020", "25 April 2015", "2/17/2019", "9/24/13", "18-02-2021",
// "2024-10-09", "2024/10/09", "4th of May, 2020", "07-Dec-2026". A year glued to what follows ("2024last updated", "20161:35 am") still reads.
import { MONTH_PATTERN, isValidDay, monthNumber } from '../calendar.js';

export interface DateAt {
  year: number | null;
  month: number;
  day: number;
  /** Offset just past the date. */
  end: number;
  /** All in figures with both numbers 12 or under ("07/12/2026"): day and month could be the other way round. */
  ambiguous: boolean;
}

interface DateForm {
  id: string;
  /** Figures only: which is the day and which the month is the writer's custom. */
  numeric?: boolean;
  /** Sticky: matches only where the date is expected to start. */
  pattern: RegExp;
  read(m: RegExpExecArray): [year: number | null, month: number, day: number] | null;
}

const ORDINAL = '(?:st|nd|rd|th)?';
/** Four digits not followed by two more: "2016" in "20161:35 am" and "201610:12 AM", not in "201612". */
const YEAR = '(\\d{4})(?!\\d{2}(?![:.]\\d))';

/** "13" → 2013, "97" → 1997: two-digit years in US numeric stamps. */
const fullYear = (yy: number) => (yy < 50 ? 2000 + yy : 1900 + yy);

const DATE_FORMS: readonly DateForm[] = [
  { id: 'iso', pattern: /(\d{4})-(\d{2})-(\d{2})(?!\d)/y, read: (m) => [+m[1], +m[2], +m[3]] },
  // East Asian pages and many publishing systems write the year first with slashes or dots: "2025/03/04";
  // never inside a web address ("/2013/03/05/two-people-shot").
  { id: 'year-first', pattern: /(?<![/\w.])(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?![\d/])/y, read: (m) => [+m[1], +m[2], +m[3]] },
  {
    id: 'month-day-year',
    pattern: new RegExp(`(${MONTH_PATTERN})\\.? (\\d{1,2})${ORDINAL},? ${YEAR}`, 'iy'),
    read: (m) => [+m[3], monthNumber(m[1])!, +m[2]],
  },
  {
    id: 'day-month-year',
    pattern: new RegExp(`(\\d{1,2})${ORDINAL} (?:of )?(${MONTH_PATTERN})\\.?,? ${YEAR}`, 'iy'),
    read: (m) => [+m[3], monthNumber(m[2])!, +m[1]],
  },
  // "07-Dec-2026": Chinese and Indian sites join a short month to its day and year with dashes.
  {
    id: 'day-month-dashed',
    pattern: new RegExp(`(\\d{1,2})-(${MONTH_PATTERN})-${YEAR}`, 'iy'),
    read: (m) => [+m[3], monthNumber(m[2])!, +m[1]],
  },
  // US stamps put the month first; a first number over 12 can only be a day.
  {
    id: 'numeric-slash',
    numeric: true,
    pattern: /(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?!\d)/y,
    read: (m) => {
      const year = m[3].length === 2 ? fullYear(+m[3]) : +m[3];
      return +m[1] > 12 ? [year, +m[2], +m[1]] : [year, +m[1], +m[2]];
    },
  },
  // Dashes and dots are the day-first writing of India, Pakistan and most of Europe.
  { id: 'numeric-dash', numeric: true, pattern: /(\d{1,2})[-.](\d{1,2})[-.](\d{4})(?!\d)/y, read: (m) => [+m[3], +m[2], +m[1]] },
  {
    id: 'month-day',
    pattern: new RegExp(`(${MONTH_PATTERN})\\.? (\\d{1,2})${ORDINAL}(?![\\d,]*\\s*\\d{4})(?!\\d)`, 'iy'),
    read: (m) => [null, monthNumber(m[1])!, +m[2]],
  },
  {
    id: 'day-month',
    pattern: new RegExp(`(\\d{1,2})${ORDINAL} (${MONTH_PATTERN})\\b\\.?(?!,? \\d{4})`, 'iy'),
    read: (m) => [null, monthNumber(m[2])!, +m[1]],
  },
];

/** Years a page could have been published in; others are not publication stamps. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

/**
 * The date that starts at `index`, if one does. `withYear` accepts only dates that give a year
 * (a stamp); without it a day and month alone also read (a dateline: "May 31").
 */
export function readDateAt(text: string, index: number, withYear = true): DateAt | null {
  for (const form of DATE_FORMS) {
    form.pattern.lastIndex = index;
    const m = form.pattern.exec(text);
    if (!m) continue;
    const read = form.read(m);
    if (!read) continue;
    const [year, month, day] = read;
    if (year === null ? withYear : year < FIRST_YEAR || year > LAST_YEAR) continue;
    if (!isValidDay(year, month, day)) continue;
    const ambiguous = form.numeric === true && month !== day && day <= 12;
    return { year, month, day, end: index + m[0].length, ambiguous };
  }
  return null;
}
