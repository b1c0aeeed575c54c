// "the summer of 2014", "winter 1994", "the winter of nineteen ninety-four", "the autumn of last year", "summer next
// year": a season of a named year (TIMEX3 2014-SU).
import { SEASONS } from '../../../lexicon/day-parts.js';
import { alternation, pattern } from '../patterns.js';
import type { Anchor } from '../../../document/types.js';
import type { DateParser, Tense } from '../types.js';
import { SPOKEN_YEAR, readSpokenYear } from './spoken-year.js';

const YEAR_WORDS: Record<string, number> = { last: -1, this: 0, next: 1 };

export const seasonYearParser: DateParser = {
  name: 'season-year',
  pattern: pattern(
    `\\b(?:(?<article>the)\\s+)?(?<season>${alternation(Object.keys(SEASONS))})\\s+(?<of>of\\s+)?(?:(?<year>1[5-9]\\d\\d|20\\d\\d)(?![\\d%]|[.,:/-]\\d)|(?<spoken>${SPOKEN_YEAR})\\b|(?<yearWord>last|this|next)\\s+year\\b)`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    if (g.yearWord) {
      const ref = ctx.reference?.year;
      const value = ref == null ? 'XXXX' : String(ref + YEAR_WORDS[g.yearWord.toLowerCase()]);
      return { type: 'DATE', value: `${value}-${SEASONS[g.season.toLowerCase()]}` };
    }
    // "prices fall 2014 ..." is no season: a bare "fall" needs "the" or "of".
    if (g.season.toLowerCase() === 'fall' && !g.article && !g.of) return null;
    const year = g.year ? Number(g.year) : readSpokenYear(g.spoken);
    if (year === null) return null;
    return { type: 'DATE', value: `${year}-${SEASONS[g.season.toLowerCase()]}` };
  },
};

/** First month of the seasons a past-tense clause can put in the year before ("the crop failed in late summer", said in March). */
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9 };

/**
 * "early summer", "the late spring", "mid-winter", "late autumn last year": part of a season is that season (TimeML
 * has no value for the part). "an early fall in prices" is no
 * season: "fall" needs a year word after it.
 */
export const seasonPartParser: DateParser = {
  name: 'season-part',
  pattern: pattern(
    `\\b(?:the\\s+)?(?:early|late|mid)[\\s-]+(?<season>${alternation(Object.keys(SEASONS))})\\b(?:\\s+(?<yearWord>last|this|next)\\s+year\\b)?(?!\\s+(?:of\\s+)?\\d)`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    if (g.season.toLowerCase() === 'fall' && !g.yearWord) return null;
    const code = SEASONS[g.season.toLowerCase()];
    const year = ctx.reference?.year;
    if (g.yearWord && year != null) return { type: 'DATE', value: `${year + YEAR_WORDS[g.yearWord.toLowerCase()]}-${code}` };
    return { type: 'DATE', value: bareSeasonValue(ctx.reference, code, ctx.tenseAt(m.index)) };
  },
};

/**
 * A season without a year ("the summer", "early spring"): the reference year's, or the year before's when a past-tense
 * clause tells of one that has not begun.
 */
export function bareSeasonValue(ref: Anchor | null, code: string, tense: Tense): string {
  if (ref?.year == null) return `XXXX-${code}`;
  // Only a season still months away: in August, "the autumn" told with a participle ("slated for") is the coming one.
  const notBegun = ref.month != null && ref.month + 2 < (SEASON_START[code] ?? 0);
  return `${notBegun && tense === 'past' ? ref.year - 1 : ref.year}-${code}`;
}
