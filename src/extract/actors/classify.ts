// Decides what a candidate names. Each rule returns a reading or null to pass; the first reading wins.
import { COMMON_ABBREVIATIONS } from '../../lexicon/common-abbreviations.js';
import { HOME_NATIONS } from '../../lexicon/countries.js';
import {
  DIRECTION_WORDS,
  EVENT_HEADS as NAME_EVENT_HEADS,
  MEDIA_OUTLET_HEADS,
  MEDIA_WORDS as NAME_MEDIA_WORDS,
  NAME_SUFFIXES,
  NAMED_EVENT_OPENERS,
  OUTLET_NOUNS,
  TABLE_HEADING_WORDS,
} from '../../lexicon/name-cues.js';
import type { ActorType } from '../../schema.js';
import { isActing } from './acting.js';
import { keyOf, type Candidate } from './candidates.js';
import { isCommonWord } from './common-words.js';
import { clubWithCountrySlot, inScorecardSlot, scorerSlot } from './scorecard.js';
import {
  COUNTRY_BY_CAPITAL,
  COUNTRY_BY_DEMONYM,
  COUNTRY_BY_NAME,
  OFFICE_MODIFIERS,
  officeLengthAt,
  ORG_HEADS,
  ORGANIZATION_BY_NAME,
  OUTLETS,
  PLACE_NAMES,
} from './lexicon-index.js';
import type { Token } from './tokens.js';

export type Reading =
  /** `key`: the word list's canonical name, so "UN" and "United Nations" are one actor. */
  | { type: ActorType; name: string; country: string | null; key?: string }
  /** Not an actor: a news outlet (a source) or a nationality word ("Russian", "Iranians"). */
  | { type: 'none' };

export interface ClassifyContext {
  tokens: Token[];
  /** Position in `tokens` of the candidate's first word. */
  index: number;
  sports: boolean;
  lowerInDoc: Set<string>;
}

type Rule = (c: Candidate, key: string, ctx: ClassifyContext) => Reading | null;

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const ORG_TAGS = ['Organization', 'Company', 'SportsTeam', 'School'];
const PLACE_TAGS = ['Place', 'City', 'Country', 'Region'];
const INITIAL_RE = /^\p{Lu}$/u;
const ACRONYM_RE = /^(?:[A-Z]\.?){2,6}$/;

const lastIndex = (c: Candidate, ctx: ClassifyContext): number => ctx.index + c.tokens.length - 1;
const tagged = (tokens: Token[], tags: string[]): boolean => tokens.some((t) => tags.some((x) => t.tags.has(x)));
const nameText = (c: Candidate): string =>
  c.tokens
    .map((t, i) => (i ? c.tokens[i - 1].post.replace(/\s+/g, ' ') + t.pre : '') + t.text)
    .join('')
    .replace(/['’]s?$/, '');

const RULES: Rule[] = [
  (c, key, ctx) => (OUTLETS.has(key.replace(/^the /, '')) || namesOutlet(c, ctx) ? { type: 'none' } : null),
  (c) => (c.tokens.some((t) => TABLE_HEADINGS.has(t.key)) ? { type: 'none' } : null),
  (c, _key, ctx) => (ctx.sports && (inScorecardSlot(ctx.tokens, ctx.index, lastIndex(c, ctx)) || scorerSlot(ctx.tokens, lastIndex(c, ctx))) ? { type: 'person', name: nameText(c), country: c.country } : null),
  (c, _key, ctx) => (ctx.sports && clubWithCountrySlot(ctx.tokens, lastIndex(c, ctx), (k) => COUNTRY_BY_NAME.has(k)) ? { type: 'organization', name: nameText(c), country: null } : null),
  (_c, key) => {
    const country = COUNTRY_BY_NAME.get(key);
    return country ? { type: 'country', name: country, country: null } : null;
  },
  (c, key) => (COUNTRY_BY_DEMONYM.has(key) || COUNTRY_BY_DEMONYM.has(key.replace(/s$/, '')) || c.tokens.every((t) => t.tags.has('Demonym')) ? { type: 'none' } : null),
  (c, key) => {
    const org = ORGANIZATION_BY_NAME.get(key);
    return org ? { type: 'organization', name: nameText(c), country: org.country, key: org.name } : null;
  },
  // "Government", "Cabinet" alone, "the G20 Summit", "World News": a common noun, an event, a programme.
  (c, key) => (c.tokens.length === 1 && ORG_HEADS.has(key) ? { type: 'none' } : null),
  (c) => (c.organizationCue ? { type: 'organization', name: nameText(c), country: c.country } : null),
  (c) => (c.personCue ? { type: 'person', name: nameText(c), country: c.country } : null),
  // "G. Rose", "D. Cork": an initial before a word makes it a surname, even an ordinary word or a town.
  (c) => (c.tokens.length > 1 && INITIAL_RE.test(c.tokens[0].text) && /^\.\s*$/.test(c.tokens[0].post) && !compassAbbreviation(c) ? { type: 'person', name: nameText(c), country: c.country } : null),
  (c, key, ctx) => (COUNTRY_BY_CAPITAL.has(key) || PLACE_NAMES.has(key) ? (ctx.sports && sportsClub(c, ctx) ? { type: 'organization', name: nameText(c), country: null } : { type: 'place', name: nameText(c), country: null }) : null),
  (c, _key, ctx) => (ctx.sports && sportsClub(c, ctx) ? { type: 'organization', name: nameText(c), country: null } : null),
  // An office with no name ("the PM", "President") is a description, resolved later if at all.
  (c) => (isBareOffice(c.tokens.map((t) => t.key)) ? { type: 'none' } : null),
  (c) => (c.tokens.length > 1 && EVENT_HEADS.has(c.tokens[c.tokens.length - 1].key) ? { type: 'none' } : null),
  (c) => (c.tokens.some((t) => MEDIA_WORDS.has(t.key)) ? { type: 'none' } : null),
  (c, _key, ctx) => (isDatelinePlace(c, ctx) ? { type: 'place', name: nameText(c), country: null } : null),
  (c) => (STORM_WORDS.has(c.tokens[0].key) || NAME_SUFFIX_WORDS.has(keyOf(c.tokens)) ? { type: 'none' } : null),
  // "... with Mr X. What has been done": a quote the tagger did not split; an ordinary word opens a sentence.
  (c, key, ctx) => (c.tokens.length === 1 && opensSentence(ctx) && isCommonWord(key, ctx.lowerInDoc) ? { type: 'none' } : null),
  (c) => (tagged(c.tokens, PERSON_TAGS) ? { type: 'person', name: nameText(c), country: c.country } : null),
  (c, _key, ctx) => (afterPlacePreposition(ctx) ? { type: 'place', name: nameText(c), country: null } : null),
  // "Catholic", "Government": one ordinary word is not a name, whatever the tagger guessed.
  (c, _key, ctx) => (c.tokens.length === 1 && isCommonWord(c.tokens[0].key, ctx.lowerInDoc) ? { type: 'none' } : null),
  (c) => (tagged(c.tokens, ORG_TAGS) ? { type: 'organization', name: nameText(c), country: c.country } : null),
  (c) => (c.tokens.length > 1 && PLACE_OPENERS.has(c.tokens[0].key) ? { type: 'place', name: nameText(c), country: null } : null),
  (c) => (tagged(c.tokens, PLACE_TAGS) ? { type: 'place', name: nameText(c), country: null } : null),
  (c, _key, ctx) => (c.tokens.length === 1 && ACRONYM_RE.test(c.tokens[0].text) && acronymActs(ctx) ? { type: 'organization', name: nameText(c), country: c.country } : null),
  // Ordinary words capitalised in a heading or table ("Attendance", "World Series") name nothing.
  (c, _key, ctx) => (c.tokens.every((t) => isCommonWord(t.key, ctx.lowerInDoc)) ? { type: 'none' } : null),
  // With no name tag on any word, "World Cup" or "Democracy Wall" ends in an ordinary noun: not a person.
  (c, _key, ctx) => (isCommonWord(c.tokens[c.tokens.length - 1].key, ctx.lowerInDoc) ? { type: 'none' } : null),
  // "Erdogan said": a lone unknown name that speaks is a person.
  (c, _key, ctx) => (c.tokens.length === 1 && SPEECH_VERBS.has(ctx.tokens[ctx.index + 1]?.key ?? '') && !isCommonWord(c.tokens[0].key, ctx.lowerInDoc) ? { type: 'person', name: nameText(c), country: c.country } : null),
  // A lone unknown word: in a sports report most are clubs ("Ruch", "Dinamo"); elsewhere too unsure to keep.
  (c, key, ctx) => (c.tokens.length === 1 ? (ctx.sports && key.length > 1 && !isCommonWord(key, ctx.lowerInDoc) && !COUNTRY_BY_NAME.has(key) ? { type: 'organization', name: nameText(c), country: null } : { type: 'none' }) : null),
];

/** "the Televisa news network", "the Dawn newspaper": the words after say the name is a news outlet. */
function namesOutlet(c: Candidate, ctx: ClassifyContext): boolean {
  const last = ctx.index + c.tokens.length - 1;
  const [next, second] = [ctx.tokens[last + 1], ctx.tokens[last + 2]];
  if (!next || next.sentence !== ctx.tokens[last].sentence || ctx.tokens[last].post.trim() !== '') return false;
  return OUTLET_NOUN_SET.has(next.key) || (MEDIA_WORDS.has(next.key) && second !== undefined && MEDIA_OUTLET_HEAD_SET.has(second.key));
}

/** "S. Korea", "S. Korean", "N. Ireland": a compass point abbreviated before a country or place. */
function compassAbbreviation(c: Candidate): boolean {
  const point = COMPASS_POINTS.get(c.tokens[0].text);
  if (!point) return false;
  const rest = keyOf(c.tokens.slice(1));
  return [rest, `${point} ${rest}`].some((k) => COUNTRY_BY_NAME.has(k) || COUNTRY_BY_DEMONYM.has(k) || PLACE_NAMES.has(k));
}

const COMPASS_POINTS = new Map([['N', 'north'], ['S', 'south'], ['E', 'east'], ['W', 'west']]);

/** In a sports report a name followed by a score or a result verb is a side: "Essex 372", "Ajax beat". */
function sportsClub(c: Candidate, ctx: ClassifyContext): boolean {
  const key = keyOf(c.tokens);
  if (HOME_NATION_KEYS.has(key) || (c.tokens.length === 1 && (key.length < 2 || isCommonWord(key, ctx.lowerInDoc)))) return false;
  // "A. Dale 69", "Chris Adams 123": a player with his score.
  if (c.tokens.length > 1 && (/^\p{Lu}$/u.test(c.tokens[0].text) || c.tokens[0].tags.has('FirstName'))) return false;
  // "... v Hampshire": the other side of a fixture ("vs. Ann Grier" in a draw is a player).
  if (c.tokens.length === 1 && FIXTURE_WORDS.has(ctx.tokens[ctx.index - 1]?.text ?? '')) return true;
  const last = ctx.tokens[ctx.index + c.tokens.length - 1];
  const next = ctx.tokens[ctx.index + c.tokens.length];
  if (!next || next.sentence !== last.sentence) return false;
  return next.tags.has('Value') || RESULT_VERBS.has(next.key);
}

/**
 * A bare acronym names a body when it is used like one ("the FBI", "NATO said", "by the BJP") or
 * recurs in running text, as a party's or agency's does; a one-off unit, time zone or abbreviation
 * ("EDT", "IED") is not.
 */
function acronymActs(ctx: ClassifyContext): boolean {
  const t = ctx.tokens[ctx.index];
  const before = ctx.tokens[ctx.index - 1];
  if (ctx.sports || t.possessive || (before && before.sentence === t.sentence && before.key === 'the')) return true;
  if (!t.shouted && !ABBREVIATIONS.has(t.text) && (acronymCounts(ctx.tokens).get(t.text) ?? 0) > 1) return true;
  return isActing(ctx.tokens, ctx.index, ctx.index);
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

/** The word follows a full stop, question or exclamation mark, or a line break. */
function opensSentence(ctx: ClassifyContext): boolean {
  const before = ctx.tokens[ctx.index - 1];
  return before === undefined || /[.?!\n]/.test(before.post);
}

/** "in Arbil", "near Longyear": an unknown name after a preposition of place. */
function afterPlacePreposition(ctx: ClassifyContext): boolean {
  const before = ctx.tokens[ctx.index - 1];
  return before !== undefined && before.sentence === ctx.tokens[ctx.index].sentence && PLACE_PREPOSITIONS.has(before.key);
}

const PLACE_PREPOSITIONS = new Set(['at', 'in', 'near', 'outside', 'to', 'from', 'into']);

/** "PM", "Chief Medical Officer": an office, with its qualifiers, and no name. */
function isBareOffice(keys: string[]): boolean {
  let i = 0;
  while (i < keys.length - 1 && OFFICE_MODIFIERS.has(keys[i])) i++;
  return officeLengthAt(keys, i) === keys.length - i;
}

/** "MINA, Saudi Arabia (Reuters) —": a place in capitals opening a line, as wire datelines are written. */
function isDatelinePlace(c: Candidate, ctx: ClassifyContext): boolean {
  const first = c.tokens[0];
  const before = ctx.tokens[ctx.index - 1];
  const opensLine = !before || before.post.includes('\n');
  const last = c.tokens[c.tokens.length - 1];
  return opensLine && c.tokens.every((t) => /^[A-Z][A-Z.'-]+$/.test(t.text)) && /^(?:,|\s\()/.test(last.post) && first.text.length > 2;
}

const EVENT_HEADS = new Set(NAME_EVENT_HEADS);
const TABLE_HEADINGS = new Set(TABLE_HEADING_WORDS);
const MEDIA_WORDS = new Set(NAME_MEDIA_WORDS);
const OUTLET_NOUN_SET = new Set(OUTLET_NOUNS);
const MEDIA_OUTLET_HEAD_SET = new Set(MEDIA_OUTLET_HEADS);
const STORM_WORDS = new Set(NAMED_EVENT_OPENERS.map((w) => w.toLowerCase()));
const NAME_SUFFIX_WORDS = new Set(NAME_SUFFIXES.map((w) => w.toLowerCase()));
const PLACE_OPENERS = new Set(DIRECTION_WORDS.map((w) => w.toLowerCase()));

const SPEECH_VERBS = new Set(['added', 'announced', 'says', 'said', 'told', 'wrote']);

const HOME_NATION_KEYS = new Set(HOME_NATIONS.map((n) => n.toLowerCase()));

const FIXTURE_WORDS = new Set(['v', 'vs', 'vs.']);
const RESULT_VERBS = new Set(['beat', 'drew', 'lost', 'won', 'trail', 'lead', 'led', 'v', 'vs']);

export function classify(c: Candidate, ctx: ClassifyContext): Reading {
  const key = keyOf(c.tokens);
  for (const rule of RULES) {
    const reading = rule(c, key, ctx);
    // "President of Turkyie X": what owns an office is a state or a body, never a person.
    if (reading) return reading.type === 'person' && c.ownerOnly ? { type: 'none' } : reading;
  }
  // Several capitalised words no rule explains: most often a person the tagger does not know.
  return { type: 'person', name: nameText(c), country: c.country };
}
