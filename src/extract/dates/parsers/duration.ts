// "two years", "the past two months", "a few days", "the first nine months", "two-year", "$5 a day" (a set).
import { durationValue } from '../normalize.js';
import { DURATION_CORE, isCapitalized, pattern, readQuantity } from '../patterns.js';
import type { DateParser } from '../types.js';

/** What makes "a day" a rate: "$5 a day", "3 percent a year", "twice a day". */
const RATE_BEFORE = /(?:\d|%|percent|cents?|dollars?|times|twice|once)\s*$/i;

export const durationParser: DateParser = {
  name: 'duration',
  pattern: pattern(`\\b${DURATION_CORE}(?<suffix>-(?:old|long)|\\s+(?:period|term|span|stretch|window)\\b)?(?:\\s+or\\s+so\\b)?(?<age>\\s+old\\b)?`, 'gid'),
  extract(m, ctx) {
    const g = m.groups!;
    const quantity = readQuantity(g.amount, g.unit);
    // A capitalised unit ("60 Minutes") is a title.
    if (!quantity || isCapitalized(g.unit)) return null;
    // Ages ("a 6-year-old", "52 years old") and fractions ("three-quarters") are not about time.
    if (g.age || (g.suffix === '-old' && quantity.unit === 'Y')) return null;
    const { amount: amountAt, unit: unitAt } = m.indices!.groups!;
    // "two-year", or "a five year low": a number with a singular unit is an adjective.
    const compound = ctx.text.slice(amountAt[1], unitAt[0]).includes('-') || (!/s$/i.test(g.unit) && /^an?$/i.test(g.article ?? '') && quantity.amount !== null && quantity.amount > 1);
    if (compound && quantity.unit === 'Q') return null;
    const single = /^an?$/i.test(g.amount);
    // "a day-long meeting": the article is the noun's, the compound is rule unit-long's; "a decades" counts nothing.
    if (single && (g.suffix === '-long' || /s$/i.test(g.unit))) return null;
    if (single && !g.quantifier && !g.article && !g.modifier && RATE_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) {
      return { type: 'SET', value: durationValue(1, quantity.unit) };
    }
    // A compound adjective ("a two-year deal", "the 16-hour flight") keeps its article out of the extent,
    // unless the extent takes its noun too ("a three-year period").
    const takesNoun = g.suffix !== undefined && !g.suffix.startsWith('-');
    const span = compound && g.article && !g.modifier && !g.quantifier && !takesNoun ? { from: amountAt[0] - m.index, to: m[0].length } : undefined;
    return { type: 'DURATION', value: durationValue(quantity.amount, quantity.unit), span };
  },
};
