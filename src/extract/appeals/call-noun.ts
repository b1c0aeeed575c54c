// "call" as a noun. Rule call-owner: "Germany's call for a ceasefire", "Hamas's demands for" are
// the owner's appeal, whoever backs or rejects it. Rule call-noun-governed: the verb governing the
// noun decides whether its subject appeals: "renewed his call for", "joined calls for" do;
// "rejected calls for", "dismissed international calls for", "rebuffed U.S. demands for",
// "responding to a call for" do not. "plea" is only a noun: "made a fresh plea for" and "the
// pope's plea for" are appeals, a plea with neither is not read.
import { APPEAL_ADOPTING_VERBS } from '../../lexicon/appeal-adopting-verbs.js';
import type { Actor } from '../../schema.js';
import { mentionsWithin, type PlacedMention } from '../mentions.js';
import type { AppealMatch } from './verbs.js';

export type CallNounReading = { kind: 'verb' } | { kind: 'adopted' } | { kind: 'refused' } | { kind: 'owner'; actor: Actor };

const CALL_NOUN_RE = /^(?:calls?|appeals?|push(?:es)?|demands|pleas?)\b/i;
/** A call, demands, a plea or an appeal for something have their owner appeal: "Tapie's appeal to the court" is a lawsuit. */
const OWNED_CALL_RE = /^(?:calls?|demands|pleas?|appeals?\s+for)\b/i;
const PLEA_RE = /^pleas?\b/i;
/** "Germany's call", "the leaders' renewed call": an owner right before the noun. */
const POSSESSIVE_BEFORE_RE = /['’]s?\s+(?:[a-z]+ed\s+)?$/;
const DETERMINER_RE = /^(?:a|an|the|his|her|its|their|our|this|that|these|those)$/;
const AUXILIARY_RE = /^(?:has|have|had|is|was|are|were|be|been|also|again|[a-z]+ly)$/;
/** A verb form standing before the noun: "rejected", "dismissing", "welcomes". */
const VERB_FORM_RE = /^[a-z]+(?:ed|ing|es|s)$/;
const PARTICIPLE_RE = /^[a-z]+(?:ed|ing)$/;
/** "calls", "appeals", "pushes": the verb of a singular subject as well as a plural noun. */
const PLURAL_VERB_RE = /^\w+s\b/;
const LOWERCASE_RE = /^[a-z]+$/;
const CAPITALIZED_RE = /^[A-Z]/;
/** "threatening to push for", "will call for": a word that cannot modify the noun. */
const FUNCTION_WORD_RE = /^(?:to|for|of|and|or|but|not|will|would|could|should|may|might|must|can|did|does|do|who|which|that)$/;
const WORDS_BACK = 4;
const ADOPTING: ReadonlySet<string> = new Set(APPEAL_ADOPTING_VERBS);

/**
 * Whether the words before the noun make it one: a determiner or a participle right before it
 * ("his call", "rejected calls"), or a modifier after them ("an urgent call", "dismissed
 * international calls"). "the ministry calls for", "the leaders call for" are a subject and its verb.
 */
function isNoun(phrase: string, w1: string, w2: string): boolean {
  if (DETERMINER_RE.test(w1) || PARTICIPLE_RE.test(w1)) return true;
  // "a 911 call for", "an urgent call for": a singular noun after its determiner.
  if (DETERMINER_RE.test(w2) && !PLURAL_VERB_RE.test(phrase) && !/s$/.test(w1)) return true;
  // "rejected Chinese demands", "dismissed U.S. calls": a proper adjective after the governing verb.
  if (CAPITALIZED_RE.test(w1) && PARTICIPLE_RE.test(w2)) return true;
  if (!LOWERCASE_RE.test(w1) || AUXILIARY_RE.test(w1) || FUNCTION_WORD_RE.test(w1)) return false;
  return PARTICIPLE_RE.test(w2);
}

/** The verb the noun is the object of: the farthest verb form in the lowercase run before it ("made", "led" too). */
function governingVerb(words: readonly string[]): string | null {
  let governor: string | null = null;
  for (const word of words) {
    if (!LOWERCASE_RE.test(word)) break;
    if (ADOPTING.has(word) || (VERB_FORM_RE.test(word) && !AUXILIARY_RE.test(word) && !DETERMINER_RE.test(word))) governor = word;
  }
  return governor;
}

/** How the appeal noun at `match` is read, from the words before it in its sentence. */
export function readCallNoun(text: string, placed: readonly PlacedMention[], sentenceStart: number, match: AppealMatch): CallNounReading {
  if (!CALL_NOUN_RE.test(match.verb.phrase) || match.verb.agent !== 'subject') return { kind: 'verb' };
  const before = text.slice(Math.max(sentenceStart, match.start - 60), match.start);
  const possessive = POSSESSIVE_BEFORE_RE.exec(before);
  if (possessive) {
    const apostrophe = match.start - possessive[0].length;
    const owner = mentionsWithin(placed, apostrophe - 60, apostrophe).pop();
    const owned = OWNED_CALL_RE.test(match.verb.phrase) && owner && owner.end === apostrophe && owner.actor.type !== 'place';
    return owned ? { kind: 'owner', actor: owner.actor } : { kind: 'refused' };
  }
  // The words before the noun, nearest first.
  const words = before.trimEnd().split(/\s+/).reverse().slice(0, WORDS_BACK);
  if (!isNoun(match.verb.phrase, words[0] ?? '', words[1] ?? '')) return PLEA_RE.test(match.verb.phrase) ? { kind: 'refused' } : { kind: 'verb' };
  const governor = governingVerb(words);
  return governor !== null && ADOPTING.has(governor) ? { kind: 'adopted' } : { kind: 'refused' };
}
