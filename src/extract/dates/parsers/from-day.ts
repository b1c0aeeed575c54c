// "a week from Friday", "two weeks from Monday", "ten days from today": one day counted on from a named day, as
// "two weeks from now" is counted from the reference (ago). The named day is the coming one: the count looks ahead.
import { WEEKDAY_PATTERN, weekdayNumber } from '../../../document/calendar.js';
import { addDays, dayValue, referenceDay, shiftDay, weekdayIndex, type Day } from '../normalize.js';
import { DURATION_CORE, isCapitalized, pattern, readQuantity } from '../patterns.js';
import type { DateParser } from '../types.js';

/** The day counted from: today, tomorrow, or the coming weekday (the reference day itself when it is that weekday). */
function baseDay(ref: Day, word: string): Day | null {
  const lower = word.toLowerCase();
  if (lower === 'today') return ref;
  if (lower === 'tomorrow') return addDays(ref, 1);
  const weekday = weekdayNumber(word);
  if (weekday === null || !isCapitalized(word)) return null;
  const ahead = (weekday - weekdayIndex(ref) + 7) % 7;
  return addDays(ref, ahead);
}

/** "suspended for two days from Thursday": a stretch that starts on the day, not a day counted on from it. */
const FOR_BEFORE = /\bfor\s+$/i;

export const fromDayParser: DateParser = {
  name: 'from-day',
  pattern: pattern(`\\b${DURATION_CORE}\\s+from\\s+(?<base>today|tomorrow|${WEEKDAY_PATTERN})\\b`, 'gi'),
  extract(m, ctx) {
    const g = m.groups!;
    const quantity = readQuantity(g.amount, g.unit);
    if (!quantity || quantity.amount === null || g.article?.toLowerCase() === 'the' || g.quantifier) return null;
    if (FOR_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 5), m.index))) return null;
    const { amount, unit } = quantity;
    if ((unit !== 'D' && unit !== 'W') || !Number.isInteger(amount)) return null;
    const ref = referenceDay(ctx.reference);
    if (!ref) return null;
    const base = baseDay(ref, g.base);
    return base ? { type: 'DATE', value: dayValue(shiftDay(base, unit, amount)) } : null;
  },
};
