// "Thanksgiving Day", "Christmas", "last Thanksgiving", "Election Day": a holiday's date in the year the
// reference and the clause's tense point to.
import { HOLIDAYS, type HolidayRule } from '../../../lexicon/holidays.js';
import { addDays, dayValue, weekdayIndex, yearForMonthDay, type Day } from '../normalize.js';
import { alternation, isCapitalized, pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

function holidayDay(rule: HolidayRule, year: number): Day {
  if ('day' in rule) return { year, month: rule.month, day: rule.day };
  if (rule.nth > 0) {
    const first = { year, month: rule.month, day: 1 };
    const offset = (rule.weekday - weekdayIndex(first) + 7) % 7;
    return addDays(first, offset + 7 * (rule.nth - 1) + (rule.plusDays ?? 0));
  }
  const last = addDays({ year, month: rule.month + 1 > 12 ? 1 : rule.month + 1, day: 1 }, -1);
  return addDays(last, -((weekdayIndex(last) - rule.weekday + 7) % 7));
}

export const holidayParser: DateParser = {
  name: 'holiday',
  pattern: pattern(`\\b(?:(last|next|this)\\s+)?(${alternation(Object.keys(HOLIDAYS))})\\b(?:,?\\s+(\\d{4})(?!\\d))?`),
  extract(m, ctx) {
    const name = m[2];
    if (!isCapitalized(name)) return null;
    const rule = HOLIDAYS[name.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'")];
    if (!rule) return null;
    const ref = ctx.reference;
    let year: number | null;
    if (m[3]) year = Number(m[3]);
    else if (ref?.year == null) year = null;
    else {
      const modifier = m[1]?.toLowerCase();
      const thisYear = holidayDay(rule, ref.year);
      const passed = ref.month !== null && ref.day !== null && thisYear.month * 100 + thisYear.day < ref.month * 100 + ref.day;
      if (modifier === 'last') year = passed ? ref.year : ref.year - 1;
      else if (modifier === 'next') year = passed ? ref.year + 1 : ref.year;
      else if (modifier === 'this') year = ref.year;
      else year = yearForMonthDay(ref, thisYear.month, thisYear.day, ctx.tenseAt(m.index));
    }
    if (year === null) return { type: 'DATE', value: 'XXXX-XX-XX' };
    return { type: 'DATE', value: dayValue(holidayDay(rule, year)) };
  },
};
