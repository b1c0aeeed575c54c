// "the day before Thursday's vote", "the week after Christmas", "Nov. 3, the day before police issued a warrant": a
// relational "the day before/after" counts from the date that follows it, or names the date it stands in apposition
// to, not the reference. TimeML anchors the value on that date; the mention then tells of no event to re-anchor on.
import { addDays, dayOfValue, dayValue, isoWeek, type Day } from '../normalize.js';
import type { Candidate } from '../types.js';

/** A relational shift's extent is "the day" or "the week"; the preposition follows it. */
const RELATIONAL = /^the\s+(day|week)$/i;
const PREPOSITION_AFTER = /^\s+(before|after)\s+(?:the\s+)?$/i;
/** "Oct. 12, the day before the plunge": only a comma between the date and the phrase. */
const APPOSITION = /^\s*,\s*$/;
/** Only a value that is a whole day, with no time of day after it, anchors the phrase. */
const dayOf = (value: string): Day | null => (value.length === 10 ? dayOfValue(value) : null);

function counted(unit: string, from: Day, direction: number): string {
  return unit.toLowerCase() === 'day' ? dayValue(addDays(from, direction)) : isoWeek(addDays(from, 7 * direction));
}

/** The value the relational phrase takes from its neighbours, or null when neither names a day. */
function anchoredValue(c: Candidate, previous: Candidate | undefined, next: Candidate | undefined, text: string): string | null {
  const relational = RELATIONAL.exec(text.slice(c.start, c.end));
  if (!relational || !c.shift) return null;
  const preposition = next ? PREPOSITION_AFTER.exec(text.slice(c.end, next.start)) : null;
  const following = preposition && next ? dayOf(next.value) : null;
  if (following) return counted(relational[1], following, preposition![1].toLowerCase() === 'after' ? 1 : -1);
  const apposed = previous && APPOSITION.test(text.slice(previous.end, c.start)) ? dayOf(previous.value) : null;
  return apposed && relational[1].toLowerCase() === 'day' ? dayValue(apposed) : null;
}

/** Expects candidates sorted by start and not overlapping. */
export function anchorDayBeforeDate(candidates: readonly Candidate[], text: string): Candidate[] {
  return candidates.map((c, i) => {
    if (!c.rules.includes('shift')) return c;
    const value = anchoredValue(c, candidates[i - 1], candidates[i + 1], text);
    if (value === null) return c;
    const { shift: _shift, ...rest } = c;
    return { ...rest, value, rules: [...c.rules, 'day-before-date'] };
  });
}
