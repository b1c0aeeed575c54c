// "March", "July 1997", "last April", "early December", "January this year", "July last year", "January nineteen ninety-seven".
import { MONTH_PATTERN, monthNumber, timexValue } from '../../../document/calendar.js';
import { yearForMonthDay } from '../normalize.js';
import { isCapitalized, pattern } from '../patterns.js';
import type { DateParser } from '../types.js';
import { SPOKEN_YEAR, readSpokenYear } from './spoken-year.js';

/** Words after which a bare month name ("May", "March") is the month rather than a verb or a noun. */
const MONTH_CUES = /\b(?:in|of|since|until|till|by|from|to|through|between|and|or|before|after|during|early|late|mid|last|next|this|each|every|on)[\s-]+$/i;

export const monthParser: DateParser = {
  name: 'month',
  pattern: pattern(
    `\\b(?:(early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+middle\\s+of)[\\s-]+)?(?:(last|next|this|past|coming)\\s+)?(${MONTH_PATTERN})\\b(?:\\.?,?\\s+(?:of\\s+)?(\\d{4})(?!\\d|,\\d)|\\s+(last|next|this)\\s+year\\b|,?\\s+(?:of\\s+)?(${SPOKEN_YEAR})\\b)?`,
  ),
  extract(m, ctx) {
    const name = m[3];
    if (!isCapitalized(name)) return null;
    const month = monthNumber(name);
    if (month === null) return null;
    const modifier = m[2]?.toLowerCase();
    // A bare abbreviation ("Jan", "Dec") or "May" / "March" without a cue is too often something else.
    const abbreviated = name.length <= 4 && !/^(?:May|June|July)$/.test(name);
    if (abbreviated && !m[4]) return null;
    const spokenYear = m[6] ? readSpokenYear(m[6]) : null;
    if (m[6] && spokenYear === null) return null;
    if (!m[4] && !m[5] && !m[6] && !m[1] && !modifier) {
      if ((name === 'May' || name === 'March') && !MONTH_CUES.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) return null;
    }
    const ref = ctx.reference;
    let year: number | null;
    if (m[4]) year = Number(m[4]);
    else if (spokenYear !== null) year = spokenYear;
    else if (m[5]) year = ref?.year == null ? null : ref.year + ({ last: -1, next: 1, this: 0 } as Record<string, number>)[m[5].toLowerCase()];
    else if (modifier === 'last' || modifier === 'past') year = ref?.year == null ? null : ref.month !== null && month < ref.month ? ref.year : ref.year - 1;
    else if (modifier === 'next' || modifier === 'coming') year = ref?.year == null ? null : ref.month !== null && month > ref.month ? ref.year : ref.year + 1;
    // "this September" is the one in the reference year, whichever side of the reference it lies.
    else if (modifier === 'this') year = ref?.year ?? null;
    else year = yearForMonthDay(ref, month, null, ctx.tenseAt(m.index));
    return { type: 'DATE', value: timexValue(year, month, null) };
  },
};
