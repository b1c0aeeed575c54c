// TIMEX3 values: calendar arithmetic on the reference anchor, with XXXX/XX for what it does not give.
import { pad2, timexValue } from '../../document/calendar.js';
import type { Anchor } from '../../document/types.js';
import type { Tense } from './types.js';

/** TIMEX3 granularities that relative expressions count in. */
export type Unit = 'Y' | 'M' | 'W' | 'D' | 'Q' | 'TH' | 'TM' | 'TS' | 'E' | 'C';

export interface Day {
  year: number;
  month: number;
  day: number;
}

export function referenceDay(ref: Anchor | null): Day | null {
  return ref && ref.year !== null && ref.month !== null && ref.day !== null
    ? { year: ref.year, month: ref.month, day: ref.day }
    : null;
}

function fromUtc(ms: number): Day {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function utc(day: Day): number {
  return Date.UTC(day.year, day.month - 1, day.day);
}

const DAY_VALUE_RE = /^(\d{4})-(\d{2})-(\d{2})/;

/** The day a value starts with ("2026-03-05", "2026-03-05TEV"), or null when it names no day. */
export function dayOfValue(value: string): Day | null {
  const m = DAY_VALUE_RE.exec(value);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/** Days from `a` to `b`, negative when `b` comes first. */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((utc(b) - utc(a)) / 86_400_000);
}

export function addDays(day: Day, n: number): Day {
  return fromUtc(utc(day) + n * 86_400_000);
}

/** The month `n` months from year-month (year, month). */
function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * The day `amount` days, weeks, months or years after `day` (before when negative). A month or a year on keeps
 * the day of the month and runs over into the next month when that one is shorter (January 31 + 1 month = March 3).
 */
export function shiftDay(day: Day, unit: 'D' | 'W' | 'M' | 'Y', amount: number): Day {
  if (unit === 'D' || unit === 'W') return addDays(day, unit === 'W' ? 7 * amount : amount);
  const shifted = addMonths(day.year, day.month, unit === 'M' ? amount : 12 * amount);
  return fromUtc(Date.UTC(shifted.year, shifted.month - 1, day.day));
}

export function dayValue(day: Day): string {
  return timexValue(day.year, day.month, day.day);
}

/** 0 = Monday … 6 = Sunday, as TIMEX3 counts weekdays (1 = Monday). */
export function weekdayIndex(day: Day): number {
  return (new Date(utc(day)).getUTCDay() + 6) % 7;
}

/** ISO 8601 week value: "2026-W11". */
export function isoWeek(day: Day): string {
  const thursday = addDays(day, 3 - weekdayIndex(day));
  const week = 1 + Math.floor((utc(thursday) - Date.UTC(thursday.year, 0, 1)) / 604_800_000);
  return `${thursday.year}-W${pad2(week)}`;
}

/**
 * The value of the period `offset` units away from the reference at that unit's granularity:
 * ("last", year) → "2025", ("this", month) → "2026-03", ("next", week) → "2026-W12".
 */
export function relativePeriod(ref: Anchor | null, unit: Unit, offset: number): string {
  const year = ref?.year ?? null;
  const day = referenceDay(ref);
  switch (unit) {
    case 'Y':
      return year === null ? 'XXXX' : String(year + offset);
    case 'M': {
      if (year === null || ref?.month == null) return offset === 0 && ref?.month != null ? timexValue(null, ref.month, null) : 'XXXX-XX';
      const shifted = addMonths(year, ref.month, offset);
      return timexValue(shifted.year, shifted.month, null);
    }
    case 'W':
      return day ? isoWeek(addDays(day, 7 * offset)) : `${year ?? 'XXXX'}-WXX`;
    case 'D': {
      if (day) return dayValue(addDays(day, offset));
      if (ref?.month == null || ref.day == null) return 'XXXX-XX-XX';
      // A dateline day without a year ("September 15"): count in a leap year and keep the year unknown.
      const shifted = addDays({ year: 2000, month: ref.month, day: ref.day }, offset);
      return timexValue(null, shifted.month, shifted.day);
    }
    case 'Q': {
      if (year === null || ref?.month == null) return `${year ?? 'XXXX'}-QX`;
      const index = year * 4 + Math.floor((ref.month - 1) / 3) + offset;
      return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
    }
    case 'E':
      return year === null ? 'XXX' : String(Math.floor(year / 10) + offset);
    case 'C':
      return year === null ? 'XX' : String(Math.floor(year / 100) + offset);
    default:
      return day ? dayValue(day) : 'XXXX-XX-XX';
  }
}

/** The reference shifted by a whole number of units, at that unit's granularity ("two years ago" → "2024"). */
export function shiftedValue(ref: Anchor | null, unit: Unit, amount: number): string {
  if (unit === 'E') return relativePeriod(ref, 'Y', amount * 10);
  if (unit === 'C') return relativePeriod(ref, 'Y', amount * 100);
  if (unit === 'TH' || unit === 'TM' || unit === 'TS') return relativePeriod(ref, 'D', 0);
  return relativePeriod(ref, unit, amount);
}

/** TIMEX3 duration: P2Y, PT5H, PXD (amount unknown), decades and centuries in years. */
export function durationValue(amount: number | null, unit: Unit): string {
  const time = unit === 'TH' || unit === 'TM' || unit === 'TS';
  const letter = time ? unit.slice(1) : unit === 'C' || unit === 'E' ? 'Y' : unit;
  const scaled = amount === null ? null : unit === 'C' ? amount * 100 : unit === 'E' ? amount * 10 : amount;
  // An unknown number of decades or centuries keeps its unit: PXE, PXC.
  if (scaled === null && (unit === 'E' || unit === 'C')) return `PX${unit}`;
  const count = scaled === null ? 'X' : String(Math.round(scaled * 1000) / 1000);
  return `P${time ? 'T' : ''}${count}${letter}`;
}

/**
 * How far (in months) a month-day may lie on the wrong side of the reference before the tense moves it a
 * year: past-tense clauses often report coming dates ("said it would pay on Jan. 14"), future ones rarely past dates.
 */
const PAST_SLACK_MONTHS = 3;
const FUTURE_SLACK_MONTHS = 1;

/**
 * Month (and optional day) without a year: the reference year, moved a year back when a past-tense
 * clause would otherwise put it well after the reference, or forward when a future one puts it well before.
 */
export function yearForMonthDay(ref: Anchor | null, month: number, day: number | null, tense: Tense): number | null {
  if (ref?.year == null) return null;
  if (ref.month === null) return ref.year;
  const ahead = month - ref.month + ((day ?? 15) - (ref.day ?? 15)) / 31;
  if (tense === 'past' && ahead > PAST_SLACK_MONTHS) return ref.year - 1;
  if (tense === 'future' && ahead < -FUTURE_SLACK_MONTHS) return ref.year + 1;
  // With no tense to go by, the nearest occurrence: "in January" written in November is the coming one.
  if (tense === 'none' && ahead < -6) return ref.year + 1;
  if (tense === 'none' && ahead > 6) return ref.year - 1;
  return ref.year;
}

/**
 * A named weekday (0 = Monday) resolved from the reference: the past one in past-tense clauses, the next in
 * future ones; `strict` ("last", "next") never means the reference day itself.
 */
export function weekdayDate(ref: Anchor | null, weekday: number, direction: -1 | 0 | 1, strict = false): string {
  const day = referenceDay(ref);
  if (!day) return `${ref?.year ?? 'XXXX'}-WXX-${weekday + 1}`;
  const diff = weekday - weekdayIndex(day);
  // "last Friday" said on a Friday is a week back; "Friday" in a past-tense clause is that day.
  if (direction < 0) return dayValue(addDays(day, diff > 0 || (strict && diff === 0) ? diff - 7 : diff));
  if (direction > 0) return dayValue(addDays(day, diff < 0 || (strict && diff === 0) ? diff + 7 : diff));
  return dayValue(addDays(day, diff));
}
