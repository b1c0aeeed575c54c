// "two years", "the past two months", "a few days", "the first nine months", "two-year", "$5 a day" (a set).
import { durationValue } from '../normalize.js';
import { DURATION_CORE, isCapitalized, isSpeed, pattern, readQuantity } from '../patterns.js';
import type { DateParser } from '../types.js';
import { VICTIM_NOUNS } from '../../../lexicon/victim-nouns.js';
import { NUMBER_PATTERN } from '../../../text/numbers.js';

const PERSON_NOUNS = new Set(VICTIM_NOUNS);
/** Words that follow an age used as a noun ("the 10-month-old was hit", "a 4-month-old in the car", "the 20-month-old died"). */
const AFTER_AGE_NOUN = new Set([
  'and', 'are', 'at', 'died', 'from', 'had', 'has', 'in', 'inside', 'is', 'near', 'on', 'or', 'outside', 'suffered', 'was', 'were', 'when', 'who',
  'will', 'with',
]);
/** "a 6-month-old son", "the 10-month-old, Ava", "13-month-old Kai": the age of a person, not a time (an "8-month-old truce" is). */
function agesPerson(text: string, end: number): boolean {
  const next = /^\s*([A-Za-z][\w'-]*)?/.exec(text.slice(end, end + 40))![1];
  return next === undefined || isCapitalized(next) || PERSON_NOUNS.has(next.toLowerCase()) || AFTER_AGE_NOUN.has(next);
}
/** "a quarter of the market", "three quarters of its food": a fraction, unless of a span of time ("a quarter of a century"). */
const FRACTION_AFTER = /^\s+of\b(?!\s+(?:an?\s+|the\s+)?(?:century|decade|year|hour|\d{4})\b)/i;

/**
 * What makes "a day" a rate: "$5 a day", "3 percent a year", "twice a day", "$2 million a year", and a count of
 * things ("700 seats a week", "hundreds of interviews a day", "24 hours a day"). TimeML reads a rate as a SET.
 */
const RATE_BEFORE = new RegExp(
  `(?:\\d|%|percent|cents?|dollars?|times|twice|once|illion|thousand|` +
    `\\b(?:${NUMBER_PATTERN}|dozens|hundreds|thousands|millions)\\s+(?:of\\s+)?(?:[a-z-]+\\s+)?[a-z-]*[a-z]s)\\s*$`,
  'i',
);
/** How far back a rate's amount may stand ("fifty thousand compact discs a year"). */
const RATE_WINDOW = 48;
/** TimeML's SET takes in the count of times: "twice a week", "three times a day", "once a year". */
const TIMES_BEFORE = new RegExp(`\\b(?:once|twice|thrice|(?:\\d+|${NUMBER_PATTERN}|several|many)\\s+times)\\s+$`, 'i');
/** "12 people a day after the blast": a span counted from an event, no rate. */
const NOT_RATE_AFTER = /^\s+(?:after|before|later|earlier|ago)\b/i;

export const durationParser: DateParser = {
  name: 'duration',
  pattern: pattern(`\\b${DURATION_CORE}(?<suffix>-(?:old|long)|\\s+(?:period|term|span|stretch|window)\\b)?(?:\\s+or\\s+so\\b)?(?<age>\\s+old\\b)?`, 'gid'),
  extract(m, ctx) {
    const g = m.groups!;
    const quantity = readQuantity(g.amount, g.unit);
    // A capitalised unit ("60 Minutes") is a title.
    if (!quantity || isCapitalized(g.unit)) return null;
    // Ages ("a 6-year-old", "52 years old") and fractions ("three-quarters") are not about time.
    if (g.age || (g.suffix === '-old' && (quantity.unit === 'Y' || agesPerson(ctx.text, m.index + m[0].length)))) return null;
    if (quantity.unit === 'Q' && (quantity.amount === 1 || quantity.amount === 3) && FRACTION_AFTER.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30))) return null;
    const { amount: amountAt, unit: unitAt } = m.indices!.groups!;
    // "two-year", "a five year low" or "the two day rally": a number with a singular unit is an adjective.
    const compound = ctx.text.slice(amountAt[1], unitAt[0]).includes('-') || (!/s$/i.test(g.unit) && /^(?:an?|the)$/i.test(g.article ?? '') && quantity.amount !== null && quantity.amount > 1);
    if (compound && quantity.unit === 'Q') return null;
    const single = /^an?$/i.test(g.amount);
    // "a day-long meeting": the article is the noun's, the compound is rule unit-long's; "a decades" counts nothing.
    if (single && (g.suffix === '-long' || /s$/i.test(g.unit))) return null;
    if (single && isSpeed(ctx.text, m.index)) return null;
    if (single && !g.quantifier && !g.article && !g.modifier && RATE_BEFORE.test(ctx.text.slice(Math.max(0, m.index - RATE_WINDOW), m.index)) &&
      !NOT_RATE_AFTER.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) {
      const times = TIMES_BEFORE.exec(ctx.text.slice(Math.max(0, m.index - 24), m.index));
      return { type: 'SET', value: durationValue(1, quantity.unit), ...(times ? { span: { from: -times[0].length, to: m[0].length } } : {}) };
    }
    // A compound adjective ("a two-year deal", "the 16-hour flight") keeps its article out of the extent,
    // unless the extent takes its noun too ("a three-year period").
    const takesNoun = g.suffix !== undefined && !g.suffix.startsWith('-');
    const span = compound && g.article && !g.modifier && !g.quantifier && !takesNoun ? { from: amountAt[0] - m.index, to: m[0].length } : undefined;
    return { type: 'DURATION', value: durationValue(quantity.amount, quantity.unit), span };
  },
};
