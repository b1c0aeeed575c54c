// "Residents were urged by the governor to leave", "The sides were called on by the UN to ...": a
// passive appeal verb with its agent after "by" (rule passive-by-agent); without one the subject
// is only the one appealed to, and there is no appeal.
import { objectEnd } from '../calls/clause.js';
import { mentionsWithin, parties, type PlacedMention } from '../mentions.js';
import type { AppealMatch } from './verbs.js';

/** The verb word, an "on"/"upon" of "called on", then "by". */
const BY_AFTER_VERB_RE = /^\S+(?:\s+(?:on|upon))?\s+by\s+/i;

export function passiveAgent(text: string, placed: readonly PlacedMention[], match: AppealMatch, sentenceEnd: number): PlacedMention | null {
  const by = BY_AFTER_VERB_RE.exec(text.slice(match.start, sentenceEnd));
  if (!by) return null;
  // The agent phrase ends where the demand or an adjunct begins ("by X on Tuesday to leave").
  const from = match.start + by[0].length;
  return parties(mentionsWithin(placed, from, objectEnd(text, from, sentenceEnd)))[0] ?? null;
}
