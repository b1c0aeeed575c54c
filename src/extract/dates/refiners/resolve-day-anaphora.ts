// "That night", "the next morning", "the previous day", "the previous Friday": TimeML anchors these on the day
// last mentioned, not on the reference ("rebels took the town on March 2; the next day ..." is March 3). Without an
// earlier day-precise date the parser's value, counted from the reference, stays.
import { WEEKDAY_PATTERN, weekdayNumber } from '../../../document/calendar.js';
import { DAY_PARTS } from '../../../lexicon/day-parts.js';
import { addDays, dayOfValue, dayValue, weekdayIndex, type Day } from '../normalize.js';
import { hasTag, type Candidate } from '../types.js';
import { resolveFromLastMentioned, type AnaphorRule } from './last-mentioned.js';

const PARTS = Object.keys(DAY_PARTS).filter((p) => p !== 'tonight' && p !== 'overnight').join('|');
const OFFSETS: Record<string, number> = { next: 1, following: 1, after: 1, later: 1, previous: -1, preceding: -1, before: -1, earlier: -1 };

/** "that day", "later that same night", "later in the day" (extent "the day"): the antecedent day itself. */
const SAME_DAY = new RegExp(`^(?:(?:(?:earlier|later|early|late)\\s+)?(?:that|the\\s+same)\\s+(?:same\\s+)?|(?:earlier|later)\\s+in\\s+the\\s+)(day|${PARTS})$`, 'i');
/** The words before "the day" that make it the day just told of. */
const LATER_IN_BEFORE = /\b(?:earlier|later)\s+in\s+$/i;
/** "the next morning", "the previous day", "the day before." (a relational "the day before the vote" is cut to "the day"). */
const NEXT_DAY = new RegExp(`^(?:(?:early|late)\\s+)?the\\s+(?:(next|following|previous|preceding)\\s+(day|${PARTS})|day\\s+(before|after|earlier|later))$`, 'i');
/** "the previous Friday": the Friday before the antecedent day. */
const NEXT_WEEKDAY = new RegExp(`^the\\s+(next|following|previous|preceding)\\s+(${WEEKDAY_PATTERN})$`, 'i');

function partSuffix(word: string): string {
  const part = DAY_PARTS[word.toLowerCase()];
  return part ? `T${part}` : '';
}

/** The anaphor's value counted from the antecedent day, or null when the text is no day anaphor. */
function resolve(text: string, antecedent: Day): string | null {
  const same = SAME_DAY.exec(text);
  if (same) return dayValue(antecedent) + partSuffix(same[1]);
  const next = NEXT_DAY.exec(text);
  if (next) {
    const offset = OFFSETS[(next[1] ?? next[3]).toLowerCase()];
    return dayValue(addDays(antecedent, offset)) + partSuffix(next[2] ?? 'day');
  }
  const weekday = NEXT_WEEKDAY.exec(text);
  if (weekday) {
    const direction = OFFSETS[weekday[1].toLowerCase()];
    const diff = weekdayNumber(weekday[2])! - weekdayIndex(antecedent);
    const days = direction < 0 ? (diff < 0 ? diff : diff - 7) : diff > 0 ? diff : diff + 7;
    return dayValue(addDays(antecedent, days));
  }
  return null;
}

const DAY_ANAPHOR: AnaphorRule<Day> = {
  id: 'resolve-day-anaphora',
  antecedentOf(value, { candidate }) {
    if (hasTag(candidate, 'no-story-day')) return null;
    return dayOfValue(value);
  },
  resolve(c, text, antecedent) {
    const inThe = c.rules[0] === 'that-day' && LATER_IN_BEFORE.exec(text.slice(Math.max(0, c.start - 12), c.start));
    const value = resolve((inThe ? inThe[0] : '') + text.slice(c.start, c.end).replace(/\s+/g, ' '), antecedent);
    return value !== c.value ? value : null;
  },
};

/** Expects candidates sorted by start. */
export function resolveDayAnaphora(candidates: readonly Candidate[], text: string): Candidate[] {
  return resolveFromLastMentioned(candidates, text, DAY_ANAPHOR);
}
