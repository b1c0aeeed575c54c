// "the third quarter", "third-quarter", "the latest quarter", "the year-earlier quarter", "the 1988 period",
// "this year's third quarter", "the first half of 1990", "this quarter", "that quarter", "the quarter a year ago", "the
// same period last year". Financial copy: a "period" is the quarter reported on.
import { parseOrdinal } from '../../../text/numbers.js';
import { relativePeriod } from '../normalize.js';
import { inQuarterContext, pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

const ORDINAL = '(?:first|second|third|fourth|1st|2nd|3rd|4th)';
/** Modifiers that name a quarter without its number, in quarters from the reference's. */
const RELATIVE: Record<string, number> = {
  current: 0, latest: -1, recent: -1, past: -1, last: -1, previous: -2, 'year-ago': -5, 'year-earlier': -5,
};
const YEAR_WORDS: Record<string, number> = { this: 0, last: -1, next: 1 };
/** A year back after the noun: "the quarter a year ago", "the same period last year", "the third quarter of the previous year". */
const YEAR_BACK = String.raw`\s+(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|last\s+year|(?:of\s+)?the\s+(?:previous|prior)\s+year|the\s+year\s+before)\b`;

export const quarterParser: DateParser = {
  name: 'quarter',
  pattern: pattern(
    `\\b(?:(?<article>the|a|its|their|this|that)\\s+)?(?:(?<yearWord>this|last|next)\\s+year's\\s+|(?<year>\\d{4})\\s+)?(?:(?<kind>comparable|corresponding|same)\\s+)?` +
      `(?:(?<modifier>year-ago|year-earlier|latest|recent|current|previous|past|last)\\s+)?(?:fiscal[\\s-]+)?(?:(?<ordinal>${ORDINAL})[\\s-]+)?(?:fiscal\\s+)?` +
      `(?<noun>quarter|half|period)(?![\\w-])(?:\\s+of\\s+(?<ofYear>\\d{4})|(?<back>${YEAR_BACK}))?`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    const ref = ctx.reference;
    const noun = g.noun.toLowerCase();
    const modifier = g.modifier?.toLowerCase();
    const explicitYear = g.ofYear ?? g.year;
    const named = explicitYear || g.yearWord;
    const article = g.article?.toLowerCase();
    const demonstrative = article === 'this' || article === 'that';
    if (!g.ordinal && !modifier && !named && article !== 'the' && !(demonstrative && noun === 'quarter')) return null;
    if (noun === 'half' && !g.ordinal) return null;
    if (noun === 'period' && (g.ordinal || (!modifier && !named && !g.back))) return null;
    // "the same quarter" alone names no quarter of its own; "the same period last year" only one in financial copy.
    if (g.kind?.toLowerCase() === 'same' && !g.back) return null;
    if (g.back && noun === 'period' && !inQuarterContext(ctx.text, m.index)) return null;
    // "its third quarter" → "third quarter"; "the third-quarter results" → "third-quarter".
    const hyphenated = /-(?:quarter|half)$/i.test(m[0].split(/\s+of\s+/)[0]);
    // "this third-quarter loss": the demonstrative is the noun's.
    const alone = !g.ordinal && !modifier && !named;
    const dropArticle = article && (demonstrative ? !alone : article !== 'the' || (hyphenated && !modifier && !named));
    const span = dropArticle ? { from: m[0].indexOf(m[0].slice(g.article.length).trim()), to: m[0].length } : undefined;

    const yearAgo = modifier === 'year-ago' || modifier === 'year-earlier' || g.back !== undefined;
    let year = explicitYear
      ? Number(explicitYear)
      : ref?.year == null
        ? null
        : ref.year + (g.yearWord ? YEAR_WORDS[g.yearWord.toLowerCase()] : 0) + (yearAgo ? -1 : 0);
    if (g.ordinal) {
      const n = parseOrdinal(g.ordinal)!;
      if (n > (noun === 'half' ? 2 : 4)) return null;
      // Early in a year, "the fourth quarter" is the one just ended.
      if (!named && !yearAgo && year !== null && ref?.month != null) {
        const current = noun === 'half' ? (ref.month > 6 ? 2 : 1) : Math.floor((ref.month - 1) / 3) + 1;
        if (n > current && ctx.tenseAt(m.index) !== 'future') year -= 1;
      }
      return { type: 'DATE', value: `${year ?? 'XXXX'}-${noun === 'half' ? 'H' : 'Q'}${n}`, span };
    }
    // "the quarter", "the latest quarter", "the 1988 period": the quarter just reported on; "this quarter" is the one
    // under way (rule reported-quarter makes it the one reported on in a results story); "that quarter" is the last
    // one named (rule that-quarter), the one just ended until then.
    // In a clause that looks ahead ("will review it at the end of the quarter") "the quarter" is the one under way.
    const underWay = article === 'this' || (alone && ctx.tenseAt(m.index) === 'future');
    const offset = named ? -1 : g.back ? RELATIVE['year-ago'] : modifier ? RELATIVE[modifier] : underWay ? 0 : -1;
    const quarter = relativePeriod(ref, 'Q', offset);
    const value = named && year !== null ? `${year}-${quarter.split('-')[1]}` : quarter;
    return { type: 'DATE', value, span };
  },
};
