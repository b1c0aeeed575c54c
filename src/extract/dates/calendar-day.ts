// The calendar day a matched "March 6" / "6 March 2026" names, shared by the parsers that read one.
import { monthNumber } from '../../document/calendar.js';
import { yearForMonthDay } from './normalize.js';
import { isCapitalized } from './patterns.js';
import type { ParseContext } from './types.js';

export interface CalendarDay {
  /** From the text, else from the reference date and the clause's tense; null when neither gives one. */
  year: number | null;
  month: number;
  day: number;
}

/** Null when the month word is not a capitalised month name ("may", "march" are words). */
export function calendarDay(ctx: ParseContext, at: number, monthName: string, dayText: string, yearText: string | undefined): CalendarDay | null {
  if (!isCapitalized(monthName)) return null;
  const month = monthNumber(monthName);
  if (month === null) return null;
  const day = Number(dayText);
  const year = yearText ? Number(yearText) : yearForMonthDay(ctx.reference, month, day, ctx.tenseAt(at));
  return { year, month, day };
}
