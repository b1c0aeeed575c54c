// "12 people were killed", "three others wounded", "1,300 deaths", "Six people, including a child, were killed",
// "two people in another car were killed", "nine troops and several fighters were killed".
import type { CueMatch } from '../cues.js';
import { readToCue, type CueReading } from '../phrase.js';
import type { Finding, Quantity, QuantityPattern, SentenceScan } from '../types.js';
import { NUMBER_PATTERN } from '../../../text/numbers.js';
import { DEATH_VERB, isNonPersonNoun, isSingularVictimNoun, objectFollows, wordAt } from '../words.js';
import { MODIFIER, SINGULAR } from './single-victim.js';

/** What a veto sees: the figure, the cue after it and the words between. */
interface Reading {
  sentence: SentenceScan;
  quantity: Quantity;
  found: CueReading;
}

/** A reason the cue after a figure does not count it; each is a named rule. */
interface Veto {
  name: string;
  rejects(r: Reading): boolean;
}

// cues that read as nouns or adjectives, never as a verb taking an object
const NOMINAL_CUES = new Set([
  'bodies', 'casualties', 'critical', 'dead', 'death', 'deaths', 'deceased', 'fatalities', 'fatality', 'fatally',
  'homeless', 'homicides', 'injuries', 'killings', 'lives', 'missing', 'murder', 'murders', 'refugees',
]);
// "the two suspects fled on foot": attackers running away are not displaced people
const FLEEING_ATTACKERS_RE = /\b(?:suspects?|gunm[ae]n|attackers?|robbers?|shooters?|assailants?|men|man)$/i;
/** Small groups that fled are the attackers or people running from a scene; displacement is told of many. */
const MIN_FLEEING = 10;
// "shot at him": fired on, not hit
const SHOT_AT_RE = /^\s+at\s+(?:him|her|them|us|me|police|officers|deputies)\b/i;
// "32 death claims", "two murder charges": the cue word only describes the noun after it
const SINGULAR_NOMINAL_CUES = new Set(['death', 'deceased', 'fatality', 'murder']);
const COMPOUND_HEAD_RE = /^\s+(?:benefits?|cases?|charges?|claims?|convictions?|counts?|detectives?|investigations?|investigators?|notices?|penalty|row|scenes?|sentences?|squads?|suspects?|threats?|trials?|warrants?)\b/i;
// "saved two lives", "two lives were spared": lives kept, not lost
const SAVED_BEFORE_RE = /\b(?:sav|spar)(?:e|ed|es|ing)\s+(?:as\s+|so\s+)?$/i;

/** "fled the fighting", "survived the crash": the object of these verbs is what happened, not a victim. */
const objectIsTheEvent = (cue: CueMatch) => cue.kind === 'displaced' || cue.phrase === 'survived';
const ATTRIBUTIVE_CUES = new Set(['affected', 'displaced', 'infected', 'injured', 'missing', 'wounded']);
const WHOLE_AFTER_PART_RE = new RegExp(`\\b(?:${NUMBER_PATTERN})\\s+of\\s+(?:the|its|their|his|her|[\\w’'-]+[’']s)(?:\\s+[\\w’'-]+[’']s)?\\s+$`, 'i');
// "the five people (who were) killed" describes the whole; "118 passengers are missing" says what became of a part
const RELATIVE_LINK_RE = /\b(?:who|that)\s+(?:were|had\s+been|have\s+been)\s+$/i;
const wholeDescribedByCue = (r: Reading) =>
  (r.found.cue.kind === 'killed' || r.found.cue.kind === 'injured') &&
  (!r.found.linked || RELATIVE_LINK_RE.test(r.sentence.text.slice(r.quantity.end - r.sentence.start, r.found.cue.start)));
const isWholeAfterPart = (r: Reading) =>
  WHOLE_AFTER_PART_RE.test(r.sentence.text.slice(Math.max(0, r.quantity.start - r.sentence.start - 48), r.quantity.start - r.sentence.start));
const victimsText = (r: Reading) => (r.found.victims ? r.sentence.raw.slice(r.found.victims.start, r.found.victims.end) : null);
const after = (r: Reading, chars: number) => r.sentence.text.slice(r.found.cue.end, r.found.cue.end + chars);
const before = (r: Reading, chars: number) => r.sentence.text.slice(Math.max(0, r.quantity.start - r.sentence.start - chars), r.quantity.start - r.sentence.start);
const FAMILY_OF_RE = /\bfamily\s+of\s+$/i;
const severalCounted = (r: Reading) => r.quantity.count !== null && r.quantity.count > 1;

/** In the order they are tried; the first that rejects ends the reading. */
export const CUE_VETOES: readonly Veto[] = [
  {
    // "12 gunmen killed three people": a verb cue with an object counts the object, not the figure
    name: 'cue-takes-object',
    rejects: (r) =>
      !NOMINAL_CUES.has(r.found.cue.phrase) && !objectIsTheEvent(r.found.cue) && !r.found.linked && objectFollows(r.sentence.text, r.found.cue.end),
  },
  {
    name: 'attackers-fled',
    rejects: (r) => {
      if (r.found.cue.phrase !== 'fled') return false;
      const victims = victimsText(r);
      if (victims && FLEEING_ATTACKERS_RE.test(victims)) return true;
      // "two clerks fled" a holdup as the robbers did: a handful running off is no displacement, named or not
      return r.quantity.count !== null && r.quantity.count < MIN_FLEEING;
    },
  },
  { name: 'shot-at', rejects: (r) => r.found.cue.phrase === 'shot' && SHOT_AT_RE.test(after(r, 16)) },
  // "33 were shot down": with no people named, aircraft and drones
  { name: 'downed-aircraft', rejects: (r) => r.found.cue.phrase === 'shot down' && !r.found.hasNoun },
  // "some of the infants who survived": a vague share of survivors is no count of the injured
  { name: 'vague-survivors', rejects: (r) => r.found.cue.phrase === 'survived' && r.quantity.count === null },
  // "some people took refuge in temples": a night under a roof told with no number is no count of the displaced
  { name: 'vague-sheltering', rejects: (r) => r.found.cue.phrase === 'sheltering in buildings' && r.quantity.count === null },
  {
    name: 'cue-as-modifier',
    rejects: (r) => SINGULAR_NOMINAL_CUES.has(r.found.cue.phrase) && COMPOUND_HEAD_RE.test(after(r, 16)),
  },
  {
    name: 'lives-saved',
    rejects: (r) => {
      const before = r.quantity.start - r.sentence.start;
      return r.found.cue.phrase === 'lives' && SAVED_BEFORE_RE.test(r.sentence.text.slice(Math.max(0, before - 8), before));
    },
  },
  {
    // "10 Girl, 4, died", "12 was shot": a figure above one with a singular noun or verb counts something else; but "a family
    // of five was killed" counts five people (rule family-of-n)
    name: 'number-agreement',
    rejects: (r) =>
      severalCounted(r) && (r.found.singularVerb || (r.found.head !== null && isSingularVictimNoun(r.found.head))) && !FAMILY_OF_RE.test(before(r, 24)),
  },
  {
    // "the 20 affected counties": a cue before the noun it describes, which is not people
    name: 'attributive-cue',
    rejects: (r) => ATTRIBUTIVE_CUES.has(r.found.cue.phrase) && isNonPersonNoun(wordAt(r.sentence.text, r.found.cue.end)?.lower ?? ''),
  },
  {
    // "76 of the ferry's 118 passengers are unaccounted for": the larger figure is the whole group
    name: 'whole-of-a-part',
    // but "one of the five people shot and killed": a killed or injured cue with no verb before it describes the whole
    // (rule whole-described-by-cue)
    rejects: (r) => !wholeDescribedByCue(r) && isWholeAfterPart(r),
  },
  // lowercase words with no people noun after them name something else ("two leaders discussed ... critical")
  { name: 'no-people-named', rejects: (r) => r.found.looseModifiers > 0 && !r.found.hasNoun },
];

// "three of the injured later died": a share of the injured who died is a figure of the killed (rule part-of-injured-died)
const OF_THE_GROUP_RE = /^\s+of\s+(?:the|those|them)\s+$/i;
const THEN_DIED_RE = new RegExp(`^\\s+(?:(?:later|subsequently|since|also|have|has|had)\\s+)*${DEATH_VERB}(?![\\w-])`, 'i');
function partOfInjuredDied(r: Reading, figure: Finding): Finding | null {
  const { text, start: base } = r.sentence;
  if (r.found.cue.kind !== 'injured' || !OF_THE_GROUP_RE.test(text.slice(r.quantity.end - base, r.found.cue.start))) return null;
  const died = THEN_DIED_RE.exec(text.slice(r.found.cue.end));
  if (!died) return null;
  return { ...figure, kind: 'killed', end: base + r.found.cue.end + died[0].length, rules: [...(figure.rules ?? []), 'part-of-injured-died'] };
}

// "he and three others were shot": the person named first is one of them
const HE_AND_RE = /\b(?:he|she)\s+and\s+$/i;
// "A man and his two sons were killed", "a mother and her three children died": one person and their people, all of
// them counted by the cue (rule one-and-their-people); "a couple and their two children" are two and their people
const ONE_AND_THEIR_RE = new RegExp(`(?<![\\w-])(?:[Aa]n?\\s+(?:${MODIFIER}){0,3}?(${SINGULAR})|[Hh]e|[Ss]he)\\s+and\\s+(?:his|her|their)\\s+$`);

export const numberBeforeCue: QuantityPattern = {
  name: 'number-before-cue',
  extract(sentence, quantity) {
    const found = readToCue(sentence.text, quantity.end - sentence.start);
    if (!found) return null;
    const reading = { sentence, quantity, found };
    if (CUE_VETOES.some((veto) => veto.rejects(reading))) return null;
    const figure = oneAndTheirPeople(sentence, quantity, found) ?? finding(sentence, quantity, found, victimsText(reading));
    if (isWholeAfterPart(reading)) figure.rules = ['whole-described-by-cue'];
    return partOfInjuredDied(reading, figure) ?? figure;
  },
};

function finding(sentence: SentenceScan, quantity: Quantity, found: CueReading, victims: string | null): Finding {
  const { count, min, max, qualifier } = quantity;
  const before = sentence.text.slice(Math.max(0, quantity.start - sentence.start - 12), quantity.start - sentence.start);
  const plusOne = count !== null && victims === 'others' && HE_AND_RE.test(before) ? 1 : 0;
  const add = (n: number | null) => (n === null ? null : n + plusOne);
  return {
    kind: found.cue.kind,
    quantity: { count: add(count), min: add(min), max: add(max), qualifier },
    victims,
    start: quantity.start,
    end: sentence.start + found.cue.end,
  };
}

/** "A man and his two sons were killed": the figure and the one person before it, or null when no such person stands there. */
function oneAndTheirPeople(sentence: SentenceScan, quantity: Quantity, found: CueReading): Finding | null {
  const { count, qualifier } = quantity;
  if (count === null || qualifier !== 'exact' || !found.hasNoun) return null;
  const before = sentence.text.slice(Math.max(0, quantity.start - sentence.start - 80), quantity.start - sentence.start);
  const one = ONE_AND_THEIR_RE.exec(before);
  if (!one) return null;
  const start = quantity.start - before.length + one.index;
  return {
    kind: found.cue.kind,
    quantity: { count: count + (one[1]?.toLowerCase() === 'couple' ? 2 : 1), min: null, max: null, qualifier },
    victims: sentence.raw.slice(start - sentence.start, found.victims!.end),
    start,
    end: sentence.start + found.cue.end,
    rules: ['one-and-their-people'],
  };
}
