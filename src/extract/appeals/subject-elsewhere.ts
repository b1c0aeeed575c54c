// Subjects that do not stand right before the appeal verb. Rule agent-it-organization: "The World
// Bank cut its forecast. It urged governments to ...": "It" opening a sentence is the organization
// or country the sentence before opened on; "The ministry said it had asked" is the speaker. Rule
// agent-after-opening-participle: "Calling for calm, X said ...": a participle opening the sentence
// goes with the main clause's subject after it.
import type { TextSpan } from '../../document/types.js';
import type { Actor } from '../../schema.js';
import { mentionsWithin, parties, type PlacedMention } from '../mentions.js';

/** "It urged", "It also called": the pronoun is the whole subject. */
const IT_SUBJECT_RE = /^\s*it\s+(?:\w+ly\s+|also\s+|has\s+|had\s+)*$/i;
/** "said it had asked", "said on Friday that it would urge": "it" is the speaker. */
const IT_AFTER_SPEECH_RE = /\b(?:said|says|added)\s+(?:(?:on\s+)?\w+day\s+)?(?:that\s+)?it\s+(?:\w+ly\s+|also\s+|has\s+|had\s+)*$/i;
const PREPOSITION_BEFORE_RE = /\b(?:to|in|at|from|into|of|for|on|against|with|by)\s+(?:the\s+)?$/i;

/** "Gonzalez, backed by Castro, has demanded": a party after a preposition is not the subject. */
export function afterPreposition(text: string, m: PlacedMention): boolean {
  return PREPOSITION_BEFORE_RE.test(text.slice(Math.max(0, m.start - 12), m.start));
}

/** Nothing before the participle but a quote mark or the dateline ("PRETORIA (Reuters) - "). */
const SENTENCE_OPENING_RE = /^(?:[A-Z][A-Z .,'-]*(?:\([^)]*\))?\s*(?:-|–|—|--)\s*)?[\s"“‘]*$/;

/** The organization or country an "It" opening the sentence stands for, or null. */
export function itReferent(
  text: string,
  placed: readonly PlacedMention[],
  sentences: readonly TextSpan[],
  sentence: TextSpan,
  verbStart: number,
): Actor | null {
  const before = text.slice(sentence.start, verbStart);
  // "The ministry said it had asked": the speaker of the sentence.
  const reported = IT_AFTER_SPEECH_RE.exec(before);
  if (reported) {
    const speaker = parties(mentionsWithin(placed, sentence.start, sentence.start + reported.index)).pop();
    return speaker && (speaker.actor.type === 'organization' || speaker.actor.type === 'country') ? speaker.actor : null;
  }
  if (!IT_SUBJECT_RE.test(before)) return null;
  const previous = sentences[sentences.indexOf(sentence) - 1];
  if (!previous) return null;
  const first = mentionsWithin(placed, previous.start, previous.end).find((m) => m.actor.type !== 'place');
  return first && (first.actor.type === 'organization' || first.actor.type === 'country') ? first.actor : null;
}

/** The subject after a participle phrase opening the sentence ("Calling for calm, X said"), or null. */
export function subjectAfterOpeningParticiple(
  text: string,
  placed: readonly PlacedMention[],
  sentence: TextSpan,
  verbStart: number,
): Actor | null {
  if (!SENTENCE_OPENING_RE.test(text.slice(sentence.start, verbStart))) return null;
  const comma = text.indexOf(',', verbStart);
  if (comma < 0 || comma >= sentence.end) return null;
  // The opening participle phrase runs to its comma; the subject may not sit behind a preposition.
  const after = parties(mentionsWithin(placed, comma, sentence.end)).filter((m) => !afterPreposition(text, m));
  return after[0]?.actor ?? null;
}
