// A day followed by a clock time: "13 Oct 2013 04.53 EDT" is one TIME on that day; in "March 6 at 10 p.m."
// the two stay apart (TimeML leaves "at" out) but the time is on March 6, as it is in "10 p.m. on Tuesday".
import { MONTH_PATTERN } from '../../../document/calendar.js';
import type { Candidate } from '../types.js';

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;
/** A TIME that took the reference day because its text named none. */
const CLOCK_VALUE = /^(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)(T\d{2}:\d{2})$/;
/** A time that names its own day ("10 p.m. Wednesday", "5 p.m. EST, Nov. 6") keeps it. */
const NAMES_A_DAY = new RegExp(`day|tomorrow|${MONTH_PATTERN}`, 'i');
const ADJACENT = /^,?\s{1,3}$/;
const AT = /^\s+at\s+$/;
/** "10 p.m. on Tuesday", "noon on Friday, March 8", "9:15 p.m. local time Tuesday": the day after the time dates it. */
const ON = /^,?\s+(?:local\s+time,?\s+(?:on\s+)?|on\s+)$/;

/** A clock time that took the reference day, dated by the day named after it: rule time-on-day. */
function timeOnDay(time: Candidate, day: Candidate | undefined, text: string): Candidate {
  const clock = time.type === 'TIME' ? CLOCK_VALUE.exec(time.value) : null;
  if (!clock || !day || day.type !== 'DATE' || !DAY_VALUE.test(day.value) || NAMES_A_DAY.test(text.slice(time.start, time.end))) return time;
  if (!ON.test(text.slice(time.end, day.start))) return time;
  return { ...time, value: day.value + clock[1], rules: [...time.rules, 'time-on-day'] };
}

/** Expects candidates sorted by start and not overlapping. */
export function mergeDateTime(candidates: readonly Candidate[], text: string): Candidate[] {
  const merged: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const day = timeOnDay(candidates[i], candidates[i + 1], text);
    const time = candidates[i + 1];
    const clock = time?.type === 'TIME' ? CLOCK_VALUE.exec(time.value) : null;
    if (day.type !== 'DATE' || !DAY_VALUE.test(day.value) || !clock || NAMES_A_DAY.test(text.slice(time.start, time.end))) {
      merged.push(day);
      continue;
    }
    const between = text.slice(day.end, time.start);
    if (ADJACENT.test(between)) {
      merged.push({ start: day.start, end: time.end, type: 'TIME', value: day.value + clock[1], rules: [...day.rules, ...time.rules, 'merge-date-time'] });
      i++;
    } else if (AT.test(between)) {
      merged.push(day, { ...time, value: day.value + clock[1], rules: [...time.rules, 'merge-date-time'] });
      i++;
    } else {
      merged.push(day);
    }
  }
  return merged;
}
