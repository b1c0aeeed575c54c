// "The shooting happened on Saturday. Officers arrived at 11:40 p.m.": a clock time that names no day of its own is
// on the day the story was just telling of, not on the reference day, as TimeML anchors it. Only a day told shortly
// before; one still ahead only for a time in a clause that looks ahead too.
import { MONTH_PATTERN } from '../../../document/calendar.js';
import { relativePeriod } from '../normalize.js';
import { hasTag, type Candidate, type Tense } from '../types.js';
import type { Anchor } from '../../../document/types.js';
import { resolveFromLastMentioned, type AnaphorRule } from './last-mentioned.js';

/** How far back, in characters, the day told of may lie. */
const REACH = 300;
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}/;
/** A clock time on the reference day, as clock-time gives one whose text names no day. */
const CLOCK_ON = (day: string) => new RegExp(`^${day}(T\\d{2}:\\d{2})$`);
/** Only the bare clock parsers: a time merged with a day, or dated by one after it, has its day. */
const BARE_CLOCK_RULES = new Set(['clock-time', 'named-time', '24-hour-time']);
/** A clock time whose own text names its day ("6 a.m. Wednesday", "5 p.m. EST Nov. 9") keeps it. */
const NAMES_A_DAY = new RegExp(`day|tomorrow|tonight|${MONTH_PATTERN}`, 'i');
/**
 * No day told of: a possessive names another event ("compared with Tuesday's close"), and a mention tagged
 * 'no-story-day' counts from the reference.
 */
const POSSESSIVE_AFTER = /^['’]s\b/;

interface ToldDay {
  day: string;
  end: number;
}

/**
 * A day still ahead dates a time told of as ahead ("the hearing is on Thursday ... it will open at 9 a.m."), not one
 * in the story's present or past ("a truce from noon on Friday ... At 1500 GMT, shelling went on").
 */
export function clockOnToldDay(candidates: readonly Candidate[], text: string, reference: Anchor | null, tenseAt: (offset: number) => Tense): Candidate[] {
  const referenceDay = relativePeriod(reference, 'D', 0);
  if (!DAY_VALUE.test(referenceDay)) return [...candidates];
  const onReferenceDay = CLOCK_ON(referenceDay);
  const rule: AnaphorRule<ToldDay> = {
    id: 'clock-on-told-day',
    antecedentOf(value, { candidate, text: body }) {
      const day = DAY_VALUE.exec(value);
      if (!day || hasTag(candidate, 'no-story-day') || POSSESSIVE_AFTER.test(body.slice(candidate.end, candidate.end + 3))) return null;
      return { day: day[0], end: candidate.end };
    },
    resolve(c, body, told) {
      if (c.type !== 'TIME' || c.rules.length !== 1 || !BARE_CLOCK_RULES.has(c.rules[0])) return null;
      if (NAMES_A_DAY.test(body.slice(c.start, c.end))) return null;
      const clock = onReferenceDay.exec(c.value);
      if (!clock || told.day === referenceDay) return null;
      if (c.start - told.end > REACH || (told.day > referenceDay && tenseAt(c.start) !== 'future')) return null;
      return told.day + clock[1];
    },
  };
  return resolveFromLastMentioned(candidates, text, rule);
}
