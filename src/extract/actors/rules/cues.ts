// Tests on the words around a candidate that several classification rules share.
import { COMMON_ABBREVIATIONS } from '../../../lexicon/common-abbreviations.js';
import { MEDIA_OUTLET_HEADS, OUTLET_NOUNS, MEDIA_WORDS as MEDIA_WORD_LIST } from '../../../lexicon/name-cues.js';
import { PLACE_MODIFIED_NOUNS, SETTLEMENT_NOUNS } from '../../../lexicon/place-nouns.js';
import { VEHICLE_NOUNS } from '../../../lexicon/vehicle-nouns.js';
import { isActing } from '../acting.js';
import { isCommonWord } from '../common-words.js';
import { keyOf, type Candidate } from '../candidates.js';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, OFFICE_QUALIFIERS, officeLengthAt, OUTLETS, PLACE_NAMES } from '../lexicon-index.js';
import type { Token } from '../tokens.js';
import type { ClassifyContext } from './types.js';

export const MEDIA_WORDS = new Set(MEDIA_WORD_LIST);
const OUTLET_NOUN_SET = new Set(OUTLET_NOUNS);
const MEDIA_OUTLET_HEAD_SET = new Set(MEDIA_OUTLET_HEADS);
export const ACRONYM_RE = /^(?:[A-Z]\.?){2,6}$/;

export const lastIndex = (c: Candidate, ctx: ClassifyContext): number => ctx.index + c.tokens.length - 1;
export const tagged = (tokens: Token[], tags: string[]): boolean => tokens.some((t) => tags.some((x) => t.tags.has(x)));

/** "the Televisa news network", "the Dawn newspaper": the words after say the name is a news outlet. */
export function namesOutlet(c: Candidate, ctx: ClassifyContext): boolean {
  const last = lastIndex(c, ctx);
  const [next, second] = [ctx.tokens[last + 1], ctx.tokens[last + 2]];
  if (!next || next.sentence !== ctx.tokens[last].sentence || ctx.tokens[last].post.trim() !== '') return false;
  return OUTLET_NOUN_SET.has(next.key) || (MEDIA_WORDS.has(next.key) && second !== undefined && MEDIA_OUTLET_HEAD_SET.has(second.key));
}

const COMPASS_POINTS = new Map([['N', 'north'], ['S', 'south'], ['E', 'east'], ['W', 'west']]);

/** "S. Korea", "S. Korean", "N. Ireland": a compass point abbreviated before a country or place. */
export function compassAbbreviation(c: Candidate): boolean {
  const point = COMPASS_POINTS.get(c.tokens[0].text);
  if (!point) return false;
  const rest = keyOf(c.tokens.slice(1));
  return [rest, `${point} ${rest}`].some((k) => COUNTRY_BY_NAME.has(k) || COUNTRY_BY_DEMONYM.has(k) || PLACE_NAMES.has(k));
}

const ABBREVIATIONS = new Set(COMMON_ABBREVIATIONS);
const ACRONYM_COUNTS = new WeakMap<Token[], Map<string, number>>();

/** How often each acronym is written in the document, counted once per document. */
function acronymCounts(tokens: Token[]): Map<string, number> {
  let counts = ACRONYM_COUNTS.get(tokens);
  if (!counts) {
    counts = new Map();
    for (const t of tokens) if (ACRONYM_RE.test(t.text)) counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
    ACRONYM_COUNTS.set(tokens, counts);
  }
  return counts;
}

/**
 * A bare acronym names a body when it is used like one ("the FBI", "NATO said", "by the BJP") or
 * recurs in running text, as a party's or agency's does; a one-off unit, time zone or abbreviation
 * ("EDT", "IED") is not.
 */
export function acronymActs(ctx: ClassifyContext): boolean {
  const t = ctx.tokens[ctx.index];
  const before = ctx.tokens[ctx.index - 1];
  if (ctx.sports || t.possessive || (before && before.sentence === t.sentence && before.key === 'the')) return true;
  if (!t.shouted && !ABBREVIATIONS.has(t.text) && (acronymCounts(ctx.tokens).get(t.text) ?? 0) > 1) return true;
  return isActing(ctx.tokens, ctx.index, ctx.index);
}

/** The word follows a full stop, question or exclamation mark, or a line break. */
export function opensSentence(ctx: ClassifyContext): boolean {
  const before = ctx.tokens[ctx.index - 1];
  return before === undefined || /[.?!\n]/.test(before.post);
}

const PLACE_PREPOSITIONS = new Set(['at', 'in', 'near', 'outside', 'to', 'from', 'into']);

/** "in Arbil", "near Longyear": an unknown name after a preposition of place. */
export function afterPlacePreposition(ctx: ClassifyContext): boolean {
  const before = ctx.tokens[ctx.index - 1];
  return before !== undefined && before.sentence === ctx.tokens[ctx.index].sentence && PLACE_PREPOSITIONS.has(before.key);
}

/** "PM", "Chief Medical Officer": an office, with its qualifiers, and no name. */
export function isBareOffice(keys: string[]): boolean {
  let i = 0;
  while (i < keys.length - 1 && OFFICE_QUALIFIERS.has(keys[i])) i++;
  return officeLengthAt(keys, i) === keys.length - i;
}

/** "MINA, Saudi Arabia (Reuters) —": a place in capitals opening a line, as wire datelines are written. */
export function isDatelinePlace(c: Candidate, ctx: ClassifyContext): boolean {
  const first = c.tokens[0];
  const before = ctx.tokens[ctx.index - 1];
  const opensLine = !before || before.post.includes('\n');
  const last = c.tokens[c.tokens.length - 1];
  return opensLine && c.tokens.every((t) => /^[A-Z][A-Z.'-]+$/.test(t.text)) && /^(?:,|\s\()/.test(last.post) && first.text.length > 2;
}

/** Words that end the name of an outlet's agency or desk. */
const AGENCY_HEADS = new Set(['agency', 'bureau', 'desk', 'service']);

/** A media word before an agency head ("News Agency", "Press Bureau"), or an outlet's name opening the words. */
export function isNewsAgency(keys: string[]): boolean {
  const last = keys.length - 1;
  if (last > 0 && AGENCY_HEADS.has(keys[last]) && (MEDIA_WORDS.has(keys[last - 1]) || keys[last - 1] === 'press')) return true;
  for (let n = keys.length - 1; n >= 1; n--) if (OUTLETS.has(keys.slice(0, n).join(' '))) return true;
  return false;
}

const SETTLEMENT_NOUN_SET = new Set(SETTLEMENT_NOUNS);

/** "the city of Tal Afar", "a resident of Dadin Kowa": a settlement noun and "of" before the name. */
export function afterSettlementNoun(ctx: ClassifyContext): boolean {
  const [of, noun] = [ctx.tokens[ctx.index - 1], ctx.tokens[ctx.index - 2]];
  return of?.key === 'of' && noun !== undefined && noun.sentence === ctx.tokens[ctx.index].sentence && noun.text === noun.key && SETTLEMENT_NOUN_SET.has(noun.key);
}

/** "Jamal Reed, 19, of Jackson": the words after an age set off by commas and "of" name the person's hometown. */
export function hometownAfterAge(ctx: ClassifyContext): boolean {
  const [of, age, name] = [ctx.tokens[ctx.index - 1], ctx.tokens[ctx.index - 2], ctx.tokens[ctx.index - 3]];
  return of?.key === 'of' && /^ +$/.test(of.post) && /^\d{1,3}$/.test(age?.text ?? '') && /^, +$/.test(age.post) && /^, +$/.test(name?.post ?? '') && name.sentence === of.sentence;
}

/** Longest place name written in the document, in words ("Democratic Republic of the Congo"). */
const MAX_PLACE_WORDS = 5;

/** "Edison, New Jersey,", "near San Miguel, El Salvador.": the name, a comma, then a state or country closing the phrase. */
export function beforeRegion(c: Candidate, ctx: ClassifyContext): boolean {
  const last = lastIndex(c, ctx);
  if (!/^, ?$/.test(ctx.tokens[last].post) || ctx.tokens[last].possessive) return false;
  for (let n = 1; n <= MAX_PLACE_WORDS; n++) {
    const words = ctx.tokens.slice(last + 1, last + 1 + n);
    const end = words[words.length - 1];
    if (words.length < n || end.possessive || end.sentence !== ctx.tokens[last].sentence) return false;
    const key = keyOf(words);
    const closes = /^\s*(?:[,.;:)]|$)/.test(end.post) || end.post.includes('\n') || ctx.tokens[last + 1 + n] === undefined;
    if ((COUNTRY_BY_NAME.has(key) || PLACE_NAMES.has(key)) && closes) return true;
  }
  return false;
}

const PLACE_MODIFIED_NOUN_SET = new Set(PLACE_MODIFIED_NOUNS);

/**
 * "the Tal Afar market", "the Nagorno-Karabakh conflict": a name, not an ordinary word ("The war"),
 * an acronym or an organization's ("the PLO war"), modifies a noun only a place has.
 */
export function modifiesPlaceNoun(c: Candidate, ctx: ClassifyContext): boolean {
  const last = lastIndex(c, ctx);
  const next = ctx.tokens[last + 1];
  if (next === undefined || !/^ $/.test(ctx.tokens[last].post) || ctx.tokens[last].possessive || next.text !== next.key || !PLACE_MODIFIED_NOUN_SET.has(next.key)) return false;
  if (c.tokens.some((t) => ACRONYM_RE.test(t.text) || t.tags.has('Organization'))) return false;
  return !c.tokens.some((t) => isCommonWord(t.key, ctx.lowerInDoc));
}

const VEHICLE_NOUN_SET = new Set(VEHICLE_NOUNS);
/** Plain words that may stand between a make and the vehicle noun: "pickup", "twin-engine". */
const MAX_VEHICLE_MODIFIERS = 3;

/** "a Kia pickup truck", "the King Air twin-engine plane": the name modifies a vehicle noun a few plain words on. */
export function modifiesVehicleNoun(c: Candidate, ctx: ClassifyContext): boolean {
  const last = c.tokens[c.tokens.length - 1];
  if (last.possessive || last.post !== ' ') return false;
  for (let i = lastIndex(c, ctx) + 1, n = 0; n <= MAX_VEHICLE_MODIFIERS; i++, n++) {
    const t = ctx.tokens[i];
    if (t === undefined || t.sentence !== last.sentence || t.text !== t.key || t.tags.has('Verb')) return false;
    if (VEHICLE_NOUN_SET.has(t.key)) return true;
    if (!/^[ -]$/.test(t.post) || !(t.tags.has('Noun') || t.tags.has('Adjective'))) return false;
  }
  return false;
}
