// "this month", "last week", "next year", "earlier this year", "last summer", "the weekend", "the current fiscal year".
import { SEASONS } from '../../../lexicon/day-parts.js';
import { durationValue, referenceDay, relativePeriod, weekdayIndex, type Unit } from '../normalize.js';
import { alternation, isCapitalized, pattern } from '../patterns.js';
import type { DateParser } from '../types.js';
import type { Anchor } from '../../../document/types.js';

const OFFSETS: Record<string, number> = {
  this: 0, current: 0, present: 0, last: -1, past: -1, previous: -1, prior: -1, next: 1, coming: 1, upcoming: 1,
  following: 1, that: 0, same: 0, new: 1,
};
/** Words that only point back to a date already mentioned ("that year", "the same month"): years and months only. */
const ANAPHORIC_ONLY = new Set(['that', 'same', 'prior']);
const PERIODS: Record<string, Unit> = { year: 'Y', month: 'M', week: 'W', decade: 'E', century: 'C' };
/** First month of each season, northern hemisphere. */
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function seasonValue(ref: Anchor | null, code: string, offset: number): string {
  if (ref?.year == null) return `XXXX-${code}`;
  if (offset === 0 || ref.month === null) return `${ref.year + (ref.month === null ? offset : 0)}-${code}`;
  const start = SEASON_START[code];
  // The last summer is this year's once it has ended, three months on from its start ("last spring" said in March
  // is a year back); the next one is this year's until it begins.
  const year = offset < 0 ? (ref.month >= start + 3 ? ref.year : ref.year - 1) : ref.month < start ? ref.year : ref.year + 1;
  return `${year}-${code}`;
}

/** "the coming weekend" is the first one ahead: this week's until its Sunday ("next weekend" is a week on). */
const NEAREST_AHEAD = new Set(['coming', 'upcoming']);

function weekendValue(ref: Anchor | null, word: string): string {
  const day = referenceDay(ref);
  const offset = NEAREST_AHEAD.has(word) && day && weekdayIndex(day) < 6 ? 0 : OFFSETS[word];
  const week = relativePeriod(ref, 'W', offset);
  return week.includes('XX') ? week : `${week}-WE`;
}

export const relativePeriodParser: DateParser = {
  name: 'relative-period',
  pattern: pattern(
    `\\b(?:(early|late|earlier|later|mid)[\\s-]+(?:in\\s+)?)?(?:(the)\\s+)?(${alternation(Object.keys(OFFSETS))})\\s+(?:fiscal\\s+(?=year\\b))?(${alternation([...Object.keys(PERIODS), 'weekend', ...Object.keys(SEASONS)])})\\b`,
  ),
  extract(m, ctx) {
    // "This Week", "Next Year" in title case name a programme or a headline, not a period.
    if (isCapitalized(m[4])) return null;
    const word = m[3].toLowerCase();
    const period = m[4].toLowerCase();
    const unit = PERIODS[period];
    if (ANAPHORIC_ONLY.has(word) && unit !== 'Y' && unit !== 'M' && !(word === 'prior' && unit === 'W')) return null;
    if ((word === 'same' || word === 'prior') && !m[2]) return null;
    // "in the new year" is the coming one, or the one just begun in its first two months; "a new month" is no date.
    if (word === 'new') {
      if (!m[2] || unit !== 'Y' || m[1]) return null;
      const year = ctx.reference?.year;
      const month = ctx.reference?.month;
      return { type: 'DATE', value: year == null ? 'XXXX' : String(month != null && month <= 2 ? year : year + 1) };
    }
    // "the past decade" is the ten years up to now, a duration; "the past year" is annotated as last year.
    if (word === 'past' && (unit === 'E' || unit === 'C')) return { type: 'DURATION', value: durationValue(1, unit) };
    if (period === 'weekend') return { type: 'DATE', value: weekendValue(ctx.reference, word) };
    const season = SEASONS[period];
    if (season) return { type: 'DATE', value: seasonValue(ctx.reference, season, OFFSETS[word]) };
    return { type: 'DATE', value: relativePeriod(ctx.reference, unit, OFFSETS[word]) };
  },
};
