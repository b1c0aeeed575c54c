// The page's publication date: the most trusted candidate that is a real calendar date. A value that
// is not one ("2024-99-99", "2024-02-30", "yesterday") is skipped with an `invalid-date` warning,
// never turned into a wrong reference date.
import { calendarDate, isValidDay, monthNumber, MONTH_PATTERN, timexValue } from '../../document/calendar.js';
import type { Warning } from '../../schema.js';
import { jsonLdDates, type DateCandidate } from './date-sources.js';

/** "2024/02/03", "2024/2/3 10:00". */
const SLASHED_DATE = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:[T ]\d[^]*)?$/i;
/** "Sat, 03 Feb 2024 10:00:00 GMT", "3 February 2024". */
const DAY_MONTH_YEAR = new RegExp(`^(?:[a-z]+\\.?,?\\s+)?(\\d{1,2})\\s+(${MONTH_PATTERN})\\.?,?\\s+(\\d{4})\\b`, 'i');
/** "February 3, 2024", "Feb. 3 2024". */
const MONTH_DAY_YEAR = new RegExp(`^(?:[a-z]+,?\\s+)?(${MONTH_PATTERN})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i');

/** Year, month and day of a slashed or written-out date, or null. */
function otherForm(text: string): [number, number | null, number] | null {
  const slashed = SLASHED_DATE.exec(text);
  if (slashed) return [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return [Number(dmy[3]), monthNumber(dmy[2]), Number(dmy[1])];
  const mdy = MONTH_DAY_YEAR.exec(text);
  return mdy ? [Number(mdy[3]), monthNumber(mdy[1]), Number(mdy[2])] : null;
}

/** The value as a date newsfacts can anchor on: ISO text as given, other forms as YYYY-MM-DD; null if not a date. */
function validDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const other = otherForm(text);
  if (!other) return calendarDate(text) ? text : null;
  const [year, month, day] = other;
  return month !== null && isValidDay(year, month, day) ? timexValue(year, month, day) : null;
}

/** Warnings per page about ignored dates: enough to see the problem, bounded on hostile pages. */
const MAX_WARNINGS = 3;
const SHOWN_CHARS = 60;

function invalidDateWarning(candidate: DateCandidate): Warning {
  const raw = typeof candidate.value === 'string' ? candidate.value : JSON.stringify(candidate.value) ?? String(candidate.value);
  const shown = raw.length > SHOWN_CHARS ? `${raw.slice(0, SHOWN_CHARS)}…` : raw;
  return {
    code: 'invalid-date',
    message: `ignored the publication date ${JSON.stringify(shown)} of the page's ${candidate.source}: not a valid calendar date`,
  };
}

export interface PublishedDate {
  value: string | null;
  warnings: Warning[];
}

/** The first valid date by rank (then page order); a warning for each invalid one met before it. */
export function publishedDate(dates: DateCandidate[], jsonLd: string[]): PublishedDate {
  const candidates = [...dates];
  for (const block of jsonLd) jsonLdDates(block, candidates);
  candidates.sort((a, b) => a.rank - b.rank); // stable: page order within a rank
  const warnings: Warning[] = [];
  const warned = new Set<string>();
  for (const candidate of candidates) {
    const value = validDate(candidate.value);
    if (value) return { value, warnings };
    const warning = invalidDateWarning(candidate);
    if (warnings.length < MAX_WARNINGS && !warned.has(warning.message)) warnings.push(warning);
    warned.add(warning.message);
  }
  return { value: null, warnings };
}
