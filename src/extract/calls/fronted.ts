// A call fronted before the main clause: "In a phone call with Y, X said ...", "During his
// meeting with Y, X agreed ...". The main clause's subject is the call's other party (rule
// subject-after-fronted-call).
import type { TextSpan } from '../../document/types.js';
import { mentionsWithin, parties, type PlacedMention } from '../mentions.js';
import type { TriggerMatch } from './triggers.js';

/**
 * A sentence that opens on the call: "In a phone call with Y, ...", "During his meeting with Y, ...",
 * "After talks with Y, ..." (a plural noun needs no determiner).
 */
const FRONTED_RE =
  /(?:^|,)\s*(?:in|during|after|following)\s+(?:(?:a|an|his|her|their|its)\s+(?:\S+\s+){0,2}|separate\s+(?:\S+\s+)?)?$|^\s*(?:speaking|talking)\s+(?:at|during|after|before)\s+(?:\S+\s+){0,4}$/i;
/** How far after a fronted "In a call with Y," the main clause's subject may be named. */
const MAIN_SUBJECT_REACH = 60;
/** "Speaking by phone to Y, X said": the participle itself opens the sentence (rule speaking-fronted). */
const PARTICIPLE_OPENS_RE = /^\s*$/;
export const SEPARATE_BEFORE_RE = /\bseparate\s+(?:\w+\s+)?$/i;

export interface FrontedSubject {
  main: PlacedMention;
  /** "In separate calls with A and B, X ...": one call with each, the main clause after the list. */
  separate: boolean;
}

/**
 * The main clause's subject when the call before it is fronted; `opening` is the sentence's text
 * from its start (or the previous trigger) to the trigger, `before` the 40 characters before it.
 */
export function frontedSubject(
  text: string,
  placed: readonly PlacedMention[],
  sentence: TextSpan,
  opening: string,
  before: string,
  objects: readonly PlacedMention[],
  match: TriggerMatch,
): FrontedSubject | null {
  const participle = match.trigger.frame.id === 'speaking-fronted' && PARTICIPLE_OPENS_RE.test(opening);
  if (objects.length === 0 || !(participle || FRONTED_RE.test(opening))) return null;
  const separate = SEPARATE_BEFORE_RE.test(before);
  const comma = text.indexOf(',', objects[separate ? objects.length - 1 : 0].end);
  const reach = Math.min(sentence.end, comma + MAIN_SUBJECT_REACH);
  const main = comma >= 0 && comma < sentence.end ? parties(mentionsWithin(placed, comma, reach))[0] : undefined;
  return main ? { main, separate } : null;
}
