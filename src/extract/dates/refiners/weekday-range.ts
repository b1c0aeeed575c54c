// "from Tuesday morning to early Wednesday", "between 6 p.m. Saturday and 4 a.m. Tuesday", "talks on Wednesday and
// Thursday": a span of weekdays runs forward within a week, whichever way the tense reader sent each end on its own
// (a Monday resolved a week back behind a Sunday that is the reference day).
import { WEEKDAY_PATTERN, weekdayNumber } from '../../../document/calendar.js';
import { addDays, dayOfValue, daysBetween, dayValue, weekdayIndex, type Day } from '../normalize.js';
import type { Candidate } from '../types.js';

const WEEKDAY = new RegExp(`\\b${WEEKDAY_PATTERN}\\b`);
/** The words that join a span's ends; a bare "and" only between days in a row ("Friday and Saturday"). */
const SPAN_JOIN = /^\s*(?:to|through|until|till|-|–|—)\s*$/i;
const AND_JOIN = /^\s*and\s*$/i;
/** "between 6 p.m. Saturday and 4 a.m. Tuesday": an "and" after "between" joins a span's ends. */
const BETWEEN_BEFORE = /\bbetween\s+$/i;
/** A day given its own direction ("to next Monday") keeps it. */
const OWN_DIRECTION = /\b(?:last|next|this|past|previous|coming)\b/i;
/** Only an end whose day came from its weekday name alone. */
const WEEKDAY_RULES = new Set(['weekday', 'clock-time', 'named-time']);

interface SpanEnd {
  day: Day;
  weekday: number;
  /** The end's day came from its weekday name alone, so it may move. */
  movable: boolean;
}

function spanEnd(c: Candidate, text: string): SpanEnd | null {
  const own = text.slice(c.start, c.end);
  const day = dayOfValue(c.value);
  const name = WEEKDAY.exec(own);
  if (!day || !name) return null;
  // A weekday name that is not the value's day (a date with its own weekday wrong) says nothing.
  if (weekdayNumber(name[0]) !== weekdayIndex(day)) return null;
  return { day, weekday: weekdayIndex(day), movable: WEEKDAY_RULES.has(c.rules[0]) && !OWN_DIRECTION.test(own) };
}

/**
 * The pair with one end moved so that the span runs forward within a week, or null when it already does or is no
 * weekday span. The end farther from the reference moves: the day nearer the story's day is the surer.
 */
function alignSpan(first: Candidate, second: Candidate, text: string, reference: Day | null): [Candidate, Candidate] | null {
  const [a, b] = [spanEnd(first, text), spanEnd(second, text)];
  if (!a || !b) return null;
  const between = text.slice(first.end, second.start);
  const spanned = SPAN_JOIN.test(between) || (AND_JOIN.test(between) && (b.weekday === (a.weekday + 1) % 7 || BETWEEN_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start))));
  const gap = daysBetween(a.day, b.day);
  if (!spanned || (gap >= 1 && gap <= 7)) return null;
  const length = (b.weekday - a.weekday + 7) % 7 || 7;
  const moveSecond = !reference || Math.abs(daysBetween(reference, a.day)) <= Math.abs(daysBetween(reference, b.day));
  if (moveSecond ? !b.movable : !a.movable) return null;
  const moved = (c: Candidate, from: Day, by: number): Candidate => {
    const value = dayValue(addDays(from, by)) + c.value.slice(10);
    return { ...c, value, rules: [...c.rules, 'weekday-range'] };
  };
  return moveSecond ? [first, moved(second, a.day, length)] : [moved(first, b.day, -length), second];
}

/** Expects candidates sorted by start and not overlapping. */
export function resolveWeekdaySpans(candidates: readonly Candidate[], text: string, reference: Day | null): Candidate[] {
  const out = [...candidates];
  for (let i = 1; i < out.length; i++) {
    const aligned = alignSpan(out[i - 1], out[i], text, reference);
    if (aligned) [out[i - 1], out[i]] = aligned;
  }
  return out;
}
