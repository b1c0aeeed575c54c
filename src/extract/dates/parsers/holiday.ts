// "Thanksgiving Day", "Christmas", "last Thanksgiving", "Election Day": a holiday's date in the year the
// reference and the clause's tense point to.
import { HOLIDAYS, type HolidayRule } from '../../../lexicon/holidays.js';
import { addDays, dayValue, weekdayIndex, yearForMonthDay, type Day } from '../normalize.js';
import { alternation, isCapitalized, pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

/** Western Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { year, month: Math.floor(n / 31), day: (n % 31) + 1 };
}

function holidayDay(rule: HolidayRule, year: number): Day {
  if ('daysFromEaster' in rule) return addDays(easterSunday(year), rule.daysFromEaster);
  if ('day' in rule) return { year, month: rule.month, day: rule.day };
  if (rule.nth > 0) {
    const first = { year, month: rule.month, day: 1 };
    const offset = (rule.weekday - weekdayIndex(first) + 7) % 7;
    return addDays(first, offset + 7 * (rule.nth - 1) + (rule.plusDays ?? 0));
  }
  const last = addDays({ year, month: rule.month + 1 > 12 ? 1 : rule.month + 1, day: 1 }, -1);
  return addDays(last, -((weekdayIndex(last) - rule.weekday + 7) % 7));
}

/** Names that only begin with a holiday: "Easter Island", "the Easter Rising", "Christmas Island". */
const NAME_GOES_ON = /^\s+(?:Island|Islands|Rising)\b/;

export const holidayParser: DateParser = {
  name: 'holiday',
  // Either apostrophe: "New Year’s Eve" as often as "New Year's Eve".
  pattern: pattern(`\\b(?:(last|next|this)\\s+)?(${alternation(Object.keys(HOLIDAYS)).replace(/'/g, "['’]")})\\b(?:,?\\s+(\\d{4})(?!\\d))?`),
  extract(m, ctx) {
    const name = m[2];
    if (!isCapitalized(name) || NAME_GOES_ON.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 10))) return null;
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
