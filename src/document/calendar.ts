// Month names and small calendar helpers shared by the document reader and the date extractor.

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** Alternation matching a month name or abbreviation (longest first), for building patterns. */
export const MONTH_PATTERN =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';

export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function isValidDay(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const y = year ?? 2000; // a leap year, so 29 February is allowed when the year is unknown
  return day <= new Date(Date.UTC(y, month, 0)).getUTCDate();
}

/** TIMEX3 value for a (possibly partial) calendar date. */
export function timexValue(year: number | null, month: number | null, day: number | null): string {
  const y = year === null ? 'XXXX' : String(year).padStart(4, '0');
  if (month === null) return y;
  if (day === null) return `${y}-${pad2(month)}`;
  return `${y}-${pad2(month)}-${pad2(day)}`;
}

/** Weekday names and abbreviations → 0 = Monday … 6 = Sunday (TIMEX3 writes weekday n + 1). */
export const WEEKDAYS: Record<string, number> = {
  monday: 0, mon: 0, tuesday: 1, tue: 1, tues: 1, wednesday: 2, wed: 2, thursday: 3, thu: 3, thur: 3,
  thurs: 3, friday: 4, fri: 4, saturday: 5, sat: 5, sunday: 6, sun: 6,
};

/** The full weekday names, Monday first. */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Alternation matching a full weekday name, for building patterns. */
export const WEEKDAY_PATTERN = `(?:${WEEKDAY_NAMES.join('|')})`;

export function weekdayNumber(name: string): number | null {
  return WEEKDAYS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

/**
 * A date given from outside the text (a JSONL field, an option) as its TIMEX3 value: "2026-03-10",
 * "2026-03" or "2026", maybe followed by a time ("2026-03-10T08:00:00Z"); null for anything else,
 * an impossible day ("2024-02-30") or a timestamp ("1714953600") included.
 */
export function calendarDate(value: string): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?!\d)/.exec(value.trim());
  if (!m) return null;
  const [, year, month, day] = m;
  if (month !== undefined && !isValidDay(+year, +month, day === undefined ? 1 : +day)) return null;
  return m[0];
}
