// "the summer of 2014", "winter 1994", "the winter of nineteen ninety-four": a season of a named year (TIMEX3 2014-SU).
import { SEASONS } from '../../../lexicon/day-parts.js';
import { alternation, pattern } from '../patterns.js';
import type { DateParser } from '../types.js';
import { SPOKEN_YEAR, readSpokenYear } from './spoken-year.js';

export const seasonYearParser: DateParser = {
  name: 'season-year',
  pattern: pattern(
    `\\b(?:(?<article>the)\\s+)?(?<season>${alternation(Object.keys(SEASONS))})\\s+(?<of>of\\s+)?(?:(?<year>1[5-9]\\d\\d|20\\d\\d)(?![\\d%]|[.,:/-]\\d)|(?<spoken>${SPOKEN_YEAR})\\b)`,
  ),
  extract(m) {
    const g = m.groups!;
    // "prices fall 2014 ..." is no season: a bare "fall" needs "the" or "of".
    if (g.season.toLowerCase() === 'fall' && !g.article && !g.of) return null;
    const year = g.year ? Number(g.year) : readSpokenYear(g.spoken);
    if (year === null) return null;
    return { type: 'DATE', value: `${year}-${SEASONS[g.season.toLowerCase()]}` };
  },
};
