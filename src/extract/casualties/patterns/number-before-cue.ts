// "12 people were killed", "three others wounded", "1,300 deaths", "Six people, including a child, were killed",
// "two people in another car were killed", "nine troops and several fighters were killed".
import { cueAt } from '../cues.js';
import type { Finding, Quantity, QuantityPattern, SentenceScan } from '../types.js';
import { isNonPersonNoun, isSingularVictimNoun, isVictimNoun, LINK_WORDS, objectFollows, STOP_WORDS, wordAt } from '../words.js';

const MAX_WORDS = 14;
const MAX_MODIFIERS = 2;
/** Words of a place phrase after the people ("pilgrims from around the world were killed"). */
const MAX_PLACE_WORDS = 8;
// ", including a child,", ", Jane Doe," or a masked age between the people and the cue; or "including an officer"
const ASIDE_RE = /\s*,\s*(?:(?:including|among them|both|all)\b|[A-Z§])[^,.;]{0,60},|\s+including\s+[^,.;]{1,40}?(?=\s+(?:were|was|are|have|had)\b)/y;
// "three of the victims", "dozens of villagers"
const OF_GROUP_RE = /\s+of(?:\s+(?:the|those|them|these|whom|its|their))?(?=\s+[A-Za-z])/iy;
// "nine more were wounded": words that stand in for the people already named
const STAND_IN_HEADS = new Set(['additional', 'more']);
const SECOND_GROUP_OPENERS = new Set(['a', 'an', 'her', 'his', 'the', 'their']);
const PLACE_PREPOSITIONS = new Set(['across', 'at', 'from', 'in', 'inside', 'near', 'of', 'on']);
// "he and three others were shot": the person named first is one of them
const HE_AND_RE = /\b(?:he|she)\s+and\s+$/i;
// "shot at him": fired on, not hit; "one shot off the lead": a stroke in a game, not a wound
const SHOT_AT_RE = /^\s+(?:at\s+(?:him|her|them|us|me|police|officers|deputies)|of|off|behind|ahead|back|clear|better)\b/i;
// cues that read as nouns or adjectives, never as a verb taking an object
const NOMINAL_CUES = new Set([
  'bodies', 'casualties', 'critical', 'dead', 'death', 'deaths', 'deceased', 'fatalities', 'fatality', 'fatally',
  'homeless', 'homicides', 'injuries', 'killings', 'lives', 'missing', 'murder', 'murders',
]);
// "32 death claims", "two murder charges": the cue word only describes the noun after it
const SINGULAR_NOMINAL_CUES = new Set(['death', 'deceased', 'fatality', 'murder']);
const COMPOUND_HEAD_RE = /^\s+(?:benefits?|cases?|charges?|claims?|convictions?|counts?|detectives?|investigations?|investigators?|notices?|penalty|row|scenes?|sentences?|squads?|suspects?|threats?|trials?|warrants?)\b/i;
// "saved two lives": lives kept, not lost
const SAVED_BEFORE_RE = /\bsav(?:e|ed|es|ing)\s+(?:as\s+|so\s+)?$/i;

export const numberBeforeCue: QuantityPattern = {
  name: 'number-before-cue',
  extract(sentence, quantity) {
    const { text, start: base } = sentence;
    let pos = quantity.end - base;
    // the words naming who was counted ("Israeli soldiers"), and whether they hold a people noun
    let phraseStart = -1;
    let phraseEnd = -1;
    let hasNoun = false;
    // the last people noun of the phrase ("adult males" → "males")
    let head: string | null = null;
    // after "and" the words name a second group, which is not part of who this figure counts
    let phraseClosed = false;
    let modifiers = 0;
    let linked = false;
    // words of a place phrase still allowed; -1 until a preposition follows the people
    let placeWords = -1;
    // "12 was shot": a singular verb after a figure above one means the figure is not a count (an age, a time)
    let wasSingular = false;
    for (let i = 0; i < MAX_WORDS; i++) {
      // right after a preposition a cue word belongs to the place phrase ("people at the shooting")
      const cue = placeWords === MAX_PLACE_WORDS ? null : cueAt(text, pos);
      if (cue) {
        const victims = phraseStart < 0 ? null : sentence.raw.slice(phraseStart, phraseEnd);
        // people who fled or were displaced "fled the fighting": the place after the verb is no object
        if (!NOMINAL_CUES.has(cue.phrase) && cue.kind !== 'displaced' && !linked && objectFollows(text, cue.end)) return null;
        if (cue.phrase === 'fled' && !fledFromHarm(quantity, victims)) return null;
        if (cue.phrase === 'shot' && SHOT_AT_RE.test(text.slice(cue.end, cue.end + 16))) return null;
        if (SINGULAR_NOMINAL_CUES.has(cue.phrase) && COMPOUND_HEAD_RE.test(text.slice(cue.end, cue.end + 16))) return null;
        if (cue.phrase === 'lives' && SAVED_BEFORE_RE.test(text.slice(Math.max(0, quantity.start - base - 8), quantity.start - base))) return null;
        // "10 Girl, 4, died": a figure above one before a singular noun is a photo count, a page, a score
        if (head && isSingularVictimNoun(head) && quantity.count !== null && quantity.count > 1) return null;
        if (wasSingular && quantity.count !== null && quantity.count > 1) return null;
        // lowercase words with no people noun after them name something else ("two leaders discussed ... critical")
        if (modifiers > 0 && !hasNoun) return null;
        return finding(sentence, quantity, cue.kind, cue.end, victims);
      }
      ASIDE_RE.lastIndex = pos;
      if (ASIDE_RE.test(text)) {
        pos = ASIDE_RE.lastIndex;
        continue;
      }
      OF_GROUP_RE.lastIndex = pos;
      if (i === 0 && OF_GROUP_RE.test(text)) {
        pos = OF_GROUP_RE.lastIndex;
        continue;
      }
      const w = wordAt(text, pos);
      if (!w) return null;
      pos = w.end;
      // a masked span (a date such as "now", an age) says nothing about who was counted
      if (w.text.startsWith('§')) continue;
      if (isNonPersonNoun(w.lower)) return null;
      if (LINK_WORDS.has(w.lower)) {
        linked = true;
        if (w.lower === 'was') wasSingular = true;
        continue;
      }
      if (linked) return null;
      if (placeWords >= 0) {
        if (placeWords-- === 0) return null;
        continue;
      }
      if (hasNoun && PLACE_PREPOSITIONS.has(w.lower)) {
        placeWords = MAX_PLACE_WORDS;
        continue;
      }
      // "nine troops and several fighters": a second group of people shares the cue
      if (hasNoun && w.lower === 'and') {
        // "killed three soldiers and seriously wounded six": the next clause has its own verb
        const next = wordAt(text, pos);
        if (cueAt(text, pos) || (next && LINK_WORDS.has(next.lower))) return null;
        phraseClosed = true;
        continue;
      }
      // "three people and an unborn baby": the second group may open with an article
      if (phraseClosed && SECOND_GROUP_OPENERS.has(w.lower)) continue;
      if (STOP_WORDS.has(w.lower)) return null;
      if (isVictimNoun(w.lower) || STAND_IN_HEADS.has(w.lower)) {
        if (!phraseClosed) head = w.lower;
        hasNoun = true;
        modifiers = 0;
      } else if (!/^[A-Z]/.test(w.text) && ++modifiers > MAX_MODIFIERS) {
        // capitalized words name peoples, places or bodies ("Palestinians", "Georgia Southern University student")
        return null;
      }
      if (phraseClosed) continue;
      if (phraseStart < 0) phraseStart = w.start;
      phraseEnd = w.end;
    }
    return null;
  },
};

// "the two suspects fled on foot": attackers running away are not displaced people
const FLEEING_ATTACKERS_RE = /\b(?:suspects?|gunm[ae]n|attackers?|robbers?|shooters?|assailants?|men|man)$/i;
/** Small unnamed groups that fled are usually the attackers; displacement is told of many or of victims. */
const MIN_UNNAMED_FLEEING = 10;

function fledFromHarm(quantity: Quantity, victims: string | null): boolean {
  if (victims) return !FLEEING_ATTACKERS_RE.test(victims);
  return quantity.count === null || quantity.count >= MIN_UNNAMED_FLEEING;
}

function finding(sentence: SentenceScan, quantity: Quantity, kind: Finding['kind'], cueEnd: number, victims: string | null): Finding {
  const { count, min, max, qualifier } = quantity;
  const before = sentence.text.slice(Math.max(0, quantity.start - sentence.start - 12), quantity.start - sentence.start);
  const plusOne = count !== null && victims === 'others' && HE_AND_RE.test(before) ? 1 : 0;
  return {
    kind,
    quantity: {
      count: count === null ? null : count + plusOne,
      min: min === null ? null : min + plusOne,
      max: max === null ? null : max + plusOne,
      qualifier,
    },
    victims,
    start: quantity.start,
    end: sentence.start + cueEnd,
  };
}
