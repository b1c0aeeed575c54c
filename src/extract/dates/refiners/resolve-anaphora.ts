// "the following year", "that month", "later that year": TimeML anchors these on the date last mentioned, not on
// the reference ("in 1995 ... the following year" is 1996). Without an earlier year the parser's value stays.
import { addDays, dayOfValue, isoWeek, type Day } from '../normalize.js';
import type { Candidate } from '../types.js';
import { resolveFromLastMentioned, type AnaphorRule } from './last-mentioned.js';
import { QUARTER_VALUE } from './reported-quarter.js';

const ANAPHOR = /^(?:(?:early|late|earlier|later)[\s-]+(?:in\s+)?)?(?:the\s+(following|previous|prior|same)|that)\s+(year|month)$/i;
const OFFSETS: Record<string, number> = { following: 1, previous: -1, prior: -1, same: 0 };
/** A value that names a calendar year, and its month when it has one. */
const DATED = /^(\d{4})(?:-(\d{2}))?/;

function shifted(antecedent: RegExpExecArray, unit: string, offset: number): string | null {
  const year = Number(antecedent[1]);
  if (unit === 'year') return String(year + offset);
  if (antecedent[2] === undefined) return null;
  const index = year * 12 + Number(antecedent[2]) - 1 + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const YEAR_OR_MONTH_ANAPHOR: AnaphorRule<RegExpExecArray> = {
  id: 'resolve-anaphora',
  antecedentOf: (value) => DATED.exec(value),
  resolve(c, text, antecedent) {
    const anaphor = ANAPHOR.exec(text.slice(c.start, c.end));
    return anaphor ? shifted(antecedent, anaphor[2].toLowerCase(), OFFSETS[anaphor[1]?.toLowerCase()] ?? 0) : null;
  },
};

/** "the following week", "the prior week": the ones the parsers give ("that week" is too often a vague week's). */
const WEEK_ANAPHOR = /^the\s+(following|previous|prior)\s+week$/i;

/**
 * "the following week": the week after the day last mentioned. Only a day anchors it: a week told before is
 * often "this week" or "next week", and "the previous week" then means the one before the reference's.
 */
const WEEK_OF_LAST_DAY: AnaphorRule<Day> = {
  id: 'resolve-week-anaphora',
  antecedentOf: (value) => dayOfValue(value),
  resolve(c, text, antecedent) {
    const anaphor = WEEK_ANAPHOR.exec(text.slice(c.start, c.end).replace(/\s+/g, ' '));
    if (!anaphor) return null;
    const value = isoWeek(addDays(antecedent, 7 * OFFSETS[anaphor[1].toLowerCase()]));
    return value !== c.value ? value : null;
  },
};

/** Expects candidates sorted by start. */
export function resolveAnaphora(candidates: readonly Candidate[], text: string): Candidate[] {
  return resolveFromLastMentioned(resolveFromLastMentioned(candidates, text, YEAR_OR_MONTH_ANAPHOR), text, WEEK_OF_LAST_DAY);
}

/** "Results for that quarter": the quarter last named, year and all ("the year-ago quarter ... that quarter"). */
const THAT_QUARTER: AnaphorRule<string> = {
  id: 'that-quarter',
  antecedentOf: (value) => (QUARTER_VALUE.test(value) ? value : null),
  resolve: (c, text, antecedent) => (/^that\s+quarter$/i.test(text.slice(c.start, c.end)) && c.value !== antecedent ? antecedent : null),
};

/** Expects candidates sorted by start. */
export function resolveQuarterAnaphora(candidates: readonly Candidate[], text: string): Candidate[] {
  return resolveFromLastMentioned(candidates, text, THAT_QUARTER);
}
