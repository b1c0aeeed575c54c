// Word-level reading around a figure: the people it counts ("three Israeli soldiers") and the
// small words between a figure and its cue ("were", "have been", "who").
import { NUMBER_PATTERN } from '../../text/numbers.js';
import { VICTIM_NOUNS } from '../../lexicon/victim-nouns.js';
import type { CasualtyKind } from '../../schema.js';
import { NON_PERSON_WORDS, VICTIM_WORDS } from './cues.js';
import type { Finding, Quantity, SentenceScan } from './types.js';

// Words, masked spans, and bare numerals ("six soldiers and 40 militants")
const WORD_RE = /\s*([A-Za-z][A-Za-z'’-]*|§+|\d[\d,.]*\d|\d)/y;

export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** The word starting at `pos` after optional spaces, or null at punctuation or the sentence end. */
export function wordAt(text: string, pos: number): Word | null {
  WORD_RE.lastIndex = pos;
  const m = WORD_RE.exec(text);
  if (!m) return null;
  const end = pos + m[0].length;
  return { text: m[1], lower: m[1].toLowerCase(), start: end - m[1].length, end };
}

export function isVictimNoun(lower: string): boolean {
  return VICTIM_WORDS.has(lower);
}

// The singular nouns of the victim list: plural and collective ones end in -s, -men or -children ("fishermen",
// "schoolchildren", "passers-by"), or are listed here.
const COLLECTIVE = new Set(['crew', 'family', 'other', 'people', 'personnel', 'police', 'staff', 'youth']);
const PLURAL_ENDING_RE = /(?:s|men|children|s-?by)$/;
/** Verbs that say a person died, taking no object: "died", "drowned", "passed away", "succumbed to his wounds". */
export const DEATH_VERB = '(?:died|drowned|passed\\s+away|perished|succumbed)';

export const SINGULAR_VICTIM_NOUNS: readonly string[] = VICTIM_NOUNS.filter((w) => !PLURAL_ENDING_RE.test(w) && !COLLECTIVE.has(w));
const SINGULAR = new Set(SINGULAR_VICTIM_NOUNS);

export function isSingularVictimNoun(lower: string): boolean {
  return SINGULAR.has(lower);
}

export function isNonPersonNoun(lower: string): boolean {
  return NON_PERSON_WORDS.has(lower);
}

/** Words that may sit between people and the cue without changing who is counted. */
export const LINK_WORDS: ReadonlySet<string> = new Set([
  'accidentally', 'all', 'allegedly', 'already', 'also', 'are', 'badly', 'be', 'been', 'being', 'believed',
  'both', 'confirmed', 'critically', 'far', 'feared', 'gravely', 'had', 'has', 'have', 'initially', 'is',
  'later', 'left', 'lightly', 'listed', 'moderately', 'mortally', 'now', 'officially', 'presumed', 'remain', 'remained', 'remains',
  'reported', 'reportedly', 'seriously', 'severely', 'since', 'slightly', 'so', 'still', 'subsequently',
  'that', 'thought', 'to', 'was', 'were', 'who', 'will', 'would',
]);

/** Words that end the reading of a noun phrase: prepositions, conjunctions, determiners, speech verbs. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'after', 'an', 'and', 'as', 'at', 'before', 'but', 'by', 'during', 'for', 'from', 'her', 'his',
  'if', 'in', 'into', 'its', 'near', 'of', 'on', 'or', 'said', 'says', 'than', 'the', 'their', 'this', 'when',
  'where', 'while', 'with',
]);

/**
 * People counted by a figure written before the cue is known: up to `maxWords` words ending in a
 * victim noun ("23 people", "three Israeli soldiers"). Returns null when no such noun follows, and
 * 'not-people' when the figure plainly counts something else ("12 shots", "three weeks").
 */
export function victimsAfter(text: string, pos: number, maxWords = 3): { start: number; end: number } | null | 'not-people' {
  let at = pos;
  const first = wordAt(text, pos);
  if (first && first.lower === 'of') {
    // "dozens of villagers", "three of the victims"
    at = first.end;
    const det = wordAt(text, at);
    if (det && /^(?:the|those|them|these)$/.test(det.lower)) at = det.end;
  }
  let start = -1;
  for (let i = 0; i < maxWords; i++) {
    const w = wordAt(text, at);
    if (!w) return null;
    // "cattle herders", "drone operators": a thing noun before a people noun only describes them
    if (isNonPersonNoun(w.lower) && !isVictimNoun(wordAt(text, w.end)?.lower ?? '')) return 'not-people';
    if (start < 0) start = w.start;
    if (isVictimNoun(w.lower)) {
      // "police officers", "other people": a people noun may be the first of a compound
      let end = w.end;
      for (let next = wordAt(text, end); next && isVictimNoun(next.lower); next = wordAt(text, end)) end = next.end;
      return { start, end };
    }
    if (STOP_WORDS.has(w.lower) || LINK_WORDS.has(w.lower)) return null;
    at = w.end;
  }
  return null;
}

/** Does a number or determiner follow (an object: "gunmen killed three people", "shot him")? */
const OBJECT_RE = new RegExp(`\\s+(?:him|her|them|his|their|a|an|the|at\\s+least|more\\s+than|${NUMBER_PATTERN})(?![\\w-])`, 'iy');
export function objectFollows(text: string, pos: number): boolean {
  OBJECT_RE.lastIndex = pos;
  return OBJECT_RE.test(text);
}

/**
 * A figure read after its cue ("killing 12 people", "the toll rose to 57 civilians"): the record
 * runs from the cue to the people counted, or to the figure when none are named; null when the
 * figure counts things, not people.
 */
export function figureAfterCue(sentence: SentenceScan, quantity: Quantity, kind: CasualtyKind, cueStart: number): Finding | null {
  const base = sentence.start;
  const people = victimsAfter(sentence.text, quantity.end - base);
  if (people === 'not-people') return null;
  const { count, min, max, qualifier } = quantity;
  return {
    kind,
    quantity: { count, min, max, qualifier },
    victims: people ? sentence.raw.slice(people.start, people.end) : null,
    start: base + cueStart,
    end: people ? base + people.end : quantity.end,
  };
}

/** The text between the figure found before (a counted group, not a name) and this one, or null when it is too far. */
export function textSincePrevious(sentence: SentenceScan, quantity: Quantity, previous: Finding | null, maxGap: number): string | null {
  if (!previous || previous.name || previous.quantity.count === null) return null;
  const gapStart = previous.end - sentence.start;
  const gapEnd = quantity.start - sentence.start;
  if (gapEnd < gapStart || gapEnd - gapStart > maxGap) return null;
  return sentence.text.slice(gapStart, gapEnd);
}
