// Reading the words between a figure and the cue after it: "12 |Israeli soldiers were| killed",
// "Six people, including a child, were| killed", "two people in another car were| killed".
import { NUMBER_PATTERN } from '../../text/numbers.js';
import { cueAt, type CueMatch } from './cues.js';
import { isNonPersonNoun, isVictimNoun, LINK_WORDS, STOP_WORDS, wordAt, type Word } from './words.js';

/** What stands between a figure and its cue. */
export interface CueReading {
  cue: CueMatch;
  /** The words naming who was counted ("Israeli soldiers"), as offsets in the sentence. */
  victims: { start: number; end: number } | null;
  /** The last people noun of the first group ("adult males" → "males"). */
  head: string | null;
  /** Lowercase words read after the last people noun, or with none at all. */
  looseModifiers: number;
  hasNoun: boolean;
  /** A link word ("were", "have been", "who") was read: a verb cue after it takes no object. */
  linked: boolean;
  /** "12 was shot": a singular verb follows the figure. */
  singularVerb: boolean;
}

const MAX_WORDS = 14;
const MAX_MODIFIERS = 2;
/** Words of a place phrase after the people ("pilgrims from around the world were killed"). */
const MAX_PLACE_WORDS = 8;
// ", including a child,", ", two of them children,", ", Jane Doe,", ", police said," or a masked age between the people
// and the cue; ", a man and a woman in their 30s," before a link verb (rule apposed-description); ", four men and two women,"
// (a list of its parts: breakdown's apposed-breakdown); or "including an officer" before the verb
const ASIDE_RE = new RegExp(
  String.raw`\s*(?:,|\s[–—]|\s-)\s*(?:(?:including|among them|both|all|\S+\s+of\s+(?:them|whom))\b|[A-Z§]|(?:${NUMBER_PATTERN}|an?|the)\s(?=[^,.;–—]{1,60},\s*(?:were|was|are|have|had)\b)|(?=(?:[\w’'-]+\s+){1,4}(?:said|says|say|reported|added)\s*(?:,|\s[–—])))(?:[^,.;–—]|(?<=\d)[,.](?=\d)){0,60}(?:,|\s[–—]|\s-\s)|\s+including\s+[^,.;]{1,40}?(?=\s+(?:were|was|are|have|had)\b)`,
  'y',
);
// "three of the victims", "dozens of villagers"
// "three of the 20 people on board": after a determiner the whole may be a figure of its own ("Image 3 of 12" has none)
const OF_GROUP_RE = /\s+of(?:\s+(?:the|those|them|these|whom|its|their)(?=\s+[A-Za-z0-9])|(?=\s+[A-Za-z]))/iy;
// "nine more were wounded": words that stand in for the people already named
const STAND_IN_HEADS = new Set(['additional', 'more']);
const SECOND_GROUP_OPENERS = new Set(['a', 'an', 'her', 'his', 'the', 'their']);
const PLACE_PREPOSITIONS = new Set(['across', 'at', 'from', 'in', 'inside', 'near', 'of', 'on']);

interface Walk {
  pos: number;
  reading: Omit<CueReading, 'cue'>;
  /** After "and" the words name a second group, which is not part of who this figure counts. */
  secondGroup: boolean;
  /** Words of a place phrase still allowed; -1 until a preposition follows the people. */
  placeWords: number;
}

/** Skips an aside or an "of the" right after the figure; true when one was skipped. */
function skipAside(walk: Walk, text: string, first: boolean): boolean {
  for (const re of first ? [ASIDE_RE, OF_GROUP_RE] : [ASIDE_RE]) {
    re.lastIndex = walk.pos;
    if (re.test(text)) {
      walk.pos = re.lastIndex;
      return true;
    }
  }
  return false;
}

/** "killed three soldiers and seriously wounded six": after "and" a clause with its own verb begins. */
function nextClauseHasVerb(text: string, pos: number): boolean {
  const next = wordAt(text, pos);
  return cueAt(text, pos) !== null || (next !== null && LINK_WORDS.has(next.lower));
}

// a figure of its own in the words read: "forced 20,000 people from their homes and left six dead"
const FIGURE_RE = new RegExp(`(?:${NUMBER_PATTERN})(?![\\w-])`, 'iy');

/**
 * Rule nearer-figure-takes-cue: in the place phrase after the people, a figure standing right before the cue, or
 * before its people and the cue ("from their homes and left six dead"), is the one the cue counts, not the figure
 * further back. (Before the place phrase such a figure is a part of the first: "one of three people wounded",
 * "three men and one woman injured".)
 */
function nearerFigure(text: string, w: Word): boolean {
  FIGURE_RE.lastIndex = w.start;
  if (!FIGURE_RE.test(text)) return false;
  const next = wordAt(text, FIGURE_RE.lastIndex);
  return cueAt(text, FIGURE_RE.lastIndex) !== null || (next !== null && isVictimNoun(next.lower) && cueAt(text, next.end) !== null);
}

/** Reads one word of the phrase; false ends the reading with no cue. */
function readWord(walk: Walk, text: string, w: Word): boolean {
  const r = walk.reading;
  // a masked span (a date such as "now", an age) says nothing about who was counted
  if (w.text.startsWith('§')) return true;
  // "people from nearby villages who fled": a place phrase may name things
  // (the phrase's own first word is its object, "members of one family died", not a figure of its own)
  if (walk.placeWords >= 0 && !LINK_WORDS.has(w.lower)) {
    if (walk.placeWords < MAX_PLACE_WORDS && nearerFigure(text, w)) return false;
    return walk.placeWords-- > 0;
  }
  if (isNonPersonNoun(w.lower) && !isVictimNoun(wordAt(text, w.end)?.lower ?? '')) return false;
  if (LINK_WORDS.has(w.lower)) {
    r.linked = true;
    if (w.lower === 'was') r.singularVerb = true;
    return true;
  }
  if (r.linked) return false;
  if (r.hasNoun && PLACE_PREPOSITIONS.has(w.lower)) {
    walk.placeWords = MAX_PLACE_WORDS;
    return true;
  }
  // "nine troops and several fighters": a second group of people shares the cue
  if (r.hasNoun && w.lower === 'and') {
    walk.secondGroup = true;
    return !nextClauseHasVerb(text, w.end);
  }
  // "three people and an unborn baby": the second group may open with an article
  if (walk.secondGroup && SECOND_GROUP_OPENERS.has(w.lower)) return true;
  if (STOP_WORDS.has(w.lower)) return false;
  if (isVictimNoun(w.lower) || STAND_IN_HEADS.has(w.lower)) {
    if (!walk.secondGroup) r.head = w.lower;
    r.hasNoun = true;
    r.looseModifiers = 0;
  } else if (!/^[A-Z]/.test(w.text) && ++r.looseModifiers > MAX_MODIFIERS) {
    // capitalized words name peoples, places or bodies ("Palestinians", "Georgia Southern University student")
    return false;
  }
  if (!walk.secondGroup) r.victims = { start: r.victims?.start ?? w.start, end: w.end };
  return true;
}

/** The cue after the figure ending at `pos` and what stands between them, or null when no cue follows. */
export function readToCue(text: string, pos: number): CueReading | null {
  const walk: Walk = {
    pos,
    reading: { victims: null, head: null, looseModifiers: 0, hasNoun: false, linked: false, singularVerb: false },
    secondGroup: false,
    placeWords: -1,
  };
  for (let i = 0; i < MAX_WORDS; i++) {
    // right after a preposition a cue word belongs to the place phrase ("people at the shooting")
    const cue = walk.placeWords === MAX_PLACE_WORDS ? null : cueAt(text, walk.pos);
    if (cue) return { cue, ...walk.reading };
    if (skipAside(walk, text, i === 0)) continue;
    const w = wordAt(text, walk.pos);
    if (!w) return null;
    walk.pos = w.end;
    if (!readWord(walk, text, w)) return null;
  }
  return null;
}
