// What a candidate names, under the news profile: named rules tried in order, the first reading wins.
import {
  DIRECTION_WORDS,
  EVENT_HEADS as NAME_EVENT_HEADS,
  NAME_SUFFIXES,
  NAMED_EVENT_OPENERS,
} from '../../../lexicon/name-cues.js';
import { COMPANY_NOUNS, COMPANY_OFFICES, SHARE_PHRASES } from '../../../lexicon/company-cues.js';
import { ARMED_SERVICES } from '../../../lexicon/organizations.js';
import { FACILITY_HEADS } from '../../../lexicon/place-nouns.js';
import { keyOf } from '../candidates.js';
import { definitionOf, endsBeforeDefinedAcronym } from '../defined-acronyms.js';
import { isCommonWord } from '../common-words.js';
import { isHolderCalledName } from '../office-holders.js';
import { COUNTRY_BY_CAPITAL, COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, isRegionalAffiliate, OFFICE_WORDS, ORG_HEADS, ORG_OPENERS, ORGANIZATION_BY_NAME, OUTLETS, PLACE_NAMES } from '../lexicon-index.js';
import type { Token } from '../tokens.js';
import {
  ACRONYM_RE, MEDIA_WORDS, acronymActs, afterSettlementNoun, hometownAfterAge,
  beforeRegion, modifiesPlaceNoun, isNewsAgency, afterPlacePreposition, compassAbbreviation, isBareOffice, isDatelinePlace, modifiesVehicleNoun, namesOutlet,
  opensSentence, tagged,
} from './cues.js';
import { named, nameText, type ClassifyContext, type ClassifyRule } from './types.js';
import type { Candidate } from '../candidates.js';

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const ORG_TAGS = ['Organization', 'Company', 'SportsTeam', 'School'];
const PLACE_TAGS = ['Place', 'City', 'Country', 'Region'];
const INITIAL_RE = /^\p{Lu}$/u;
const EVENT_HEADS = new Set(NAME_EVENT_HEADS);
const STORM_WORDS = new Set(NAMED_EVENT_OPENERS.map((w) => w.toLowerCase()));
const NAME_SUFFIX_WORDS = new Set(NAME_SUFFIXES.map((w) => w.toLowerCase()));
const PLACE_OPENERS = new Set(DIRECTION_WORDS.map((w) => w.toLowerCase()));
const SPEECH_VERBS = new Set(['added', 'announced', 'says', 'said', 'told', 'wrote']);
const NONE = { type: 'none' } as const;
const FACILITY_HEAD_SET = new Set(FACILITY_HEADS);
const ARMED_SERVICE_SET = new Set(ARMED_SERVICES);
const COMPANY_NOUN_SET = new Set(COMPANY_NOUNS);
const SHARE_PHRASE_SET = new Set(SHARE_PHRASES);
const COMPANY_OFFICE_SET = new Set(COMPANY_OFFICES);

/**
 * "carmaker Larkspur Motors", "shares of Halvorsen Shipping", "Larkspur Foods CEO Dana Roe": a trade
 * noun or "shares of" before the name, or an office only a company has after it (rule 'company-cue').
 */
function namesCompany(c: Candidate, ctx: ClassifyContext): boolean {
  const before = ctx.tokens.slice(Math.max(0, ctx.index - 2), ctx.index);
  const last = before[before.length - 1];
  const cueBefore = last !== undefined && last.text === last.key && last.sentence === c.tokens[0].sentence && /^ +$/.test(last.post) && (COMPANY_NOUN_SET.has(last.key) || SHARE_PHRASE_SET.has(keyOf(before)));
  const after = ctx.tokens.slice(ctx.index + c.tokens.length, ctx.index + c.tokens.length + 4);
  const officeAfter = [1, 2, 3, 4].some((w) => w <= after.length && COMPANY_OFFICE_SET.has(keyOf(after.slice(0, w))) && /^\p{Lu}/u.test(after[w]?.text ?? ''));
  return cueBefore || (c.rules[0] === 'office-owner' && officeAfter);
}

/** Words an acronym stands for that name a body: one organization or office word, and not ending in an office or a building. */
function namesBody(words: Token[]): boolean {
  const last = words[words.length - 1].key;
  if ((OFFICE_WORDS.has(last) && !ORG_HEADS.has(last)) || FACILITY_HEAD_SET.has(last)) return false;
  return words.some((w) => ORG_HEADS.has(w.key) || ORG_OPENERS.has(w.key) || OFFICE_WORDS.has(w.key));
}

export const NEWS_CLASSIFY_RULES: readonly ClassifyRule[] = [
  { id: 'news-outlet', read: (c, key, ctx) => (OUTLETS.has(key.replace(/^the /, '')) || namesOutlet(c, ctx) ? NONE : null) },
  // "Xinhua News Agency", "Washington Post Foreign Service", "Kavala Press Bureau": an outlet's desk or agency.
  { id: 'news-agency-name', read: (c) => (isNewsAgency(c.tokens.map((t) => t.key)) ? NONE : null) },
  // "al-Qaida in Iraq": a group's regional affiliate, its own organization.
  { id: 'regional-affiliate', read: (c) => (isRegionalAffiliate(c.tokens.map((t) => t.key)) ? named('organization', c) : null) },
  {
    id: 'country-name',
    read: (_c, key) => {
      const country = COUNTRY_BY_NAME.get(key);
      return country ? { type: 'country', name: country, country: null } : null;
    },
  },
  {
    id: 'nationality-word',
    read: (c, key) =>
      COUNTRY_BY_DEMONYM.has(key) || COUNTRY_BY_DEMONYM.has(key.replace(/s$/, '')) || c.tokens.every((t) => t.tags.has('Demonym')) ? NONE : null,
  },
  {
    id: 'known-organization',
    read: (c, key) => {
      const org = ORGANIZATION_BY_NAME.get(key);
      return org ? { type: 'organization', name: nameText(c), country: org.country, key: org.name } : null;
    },
  },
  // "the Army said": a state's armed service, capitalised after "the", names that force.
  {
    id: 'armed-service',
    read: (c, key, ctx) => (c.tokens.length === 1 && ARMED_SERVICE_SET.has(key) && ctx.tokens[ctx.index - 1]?.key === 'the' ? named('organization', c) : null),
  },
  // "Government", "Cabinet" alone: a common noun.
  { id: 'bare-organization-noun', read: (c, key) => (c.tokens.length === 1 && ORG_HEADS.has(key) ? NONE : null) },
  { id: 'organization-word', read: (c) => (c.organizationCue ? named('organization', c, c.country) : null) },
  // "Martin Luther King Jr. Boulevard" is a street; "Martin Luther King Jr. Day" a holiday, no actor.
  { id: 'named-after-person', read: (c) => (c.rules.includes('named-after-person') ? (c.tokens[c.tokens.length - 1].key === 'day' ? NONE : named('place', c)) : null) },
  // "Al Noor Mosque", "Lady Reading Hospital": a building or site, even after a title-like word.
  { id: 'facility-name', read: (c) => (c.tokens.length > 1 && FACILITY_HEAD_SET.has(c.tokens[c.tokens.length - 1].key) ? named('place', c) : null) },
  // "the Prime Minister's Office (PMO)", "the Office for the Coordination of Humanitarian Affairs
  // (OCHA)": an acronym the article defines by a body's name (an organization or office word in it,
  // the last word no office nor building) names that body, and so do the words it abbreviates.
  {
    id: 'defined-acronym',
    read(c, _key, ctx) {
      const words = c.tokens.length === 1 ? definitionOf(ctx.tokens, c.tokens[0].text) : endsBeforeDefinedAcronym(ctx.tokens, c.tokens);
      // One key for the acronym and the words it spells: "OCHA" is the "UN Office for ... (OCHA)" named before it.
      return words && namesBody(words) ? { ...named('organization', c, c.country), key: `defined:${keyOf(words)}` } : null;
    },
  },
  // "a Kia pickup truck", "the King Air plane": a make or model named before a vehicle, even after a
  // title-like word, is neither a person nor, as a product, the maker acting; a known body or a name
  // the tagger knows as a place or an organization, or an acronym, keeps its reading ("a Sudan
  // Airways plane", "an MTA bus").
  {
    id: 'vehicle-make',
    read: (c, _key, ctx) =>
      modifiesVehicleNoun(c, ctx) && !tagged(c.tokens, [...ORG_TAGS, ...PLACE_TAGS]) && !c.tokens.every((t) => ACRONYM_RE.test(t.text)) ? NONE : null,
  },
  { id: 'person-cue', read: (c) => (c.personCue ? named('person', c, c.country) : null) },
  { id: 'settlement-of', read: (c, _key, ctx) => (afterSettlementNoun(ctx) ? named('place', c) : null) },
  { id: 'hometown-after-age', read: (c, _key, ctx) => (hometownAfterAge(ctx) ? named('place', c) : null) },
  { id: 'place-before-noun', read: (c, _key, ctx) => (modifiesPlaceNoun(c, ctx) ? named('place', c) : null) },
  { id: 'town-comma-region', read: (c, _key, ctx) => (beforeRegion(c, ctx) ? named('place', c) : null) },
  // "G. Rose", "D. Cork": an initial before a word makes it a surname, even an ordinary word or a town.
  {
    id: 'initial-and-surname',
    read: (c) =>
      c.tokens.length > 1 && INITIAL_RE.test(c.tokens[0].text) && /^\.\s*$/.test(c.tokens[0].post) && !compassAbbreviation(c)
        ? named('person', c, c.country)
        : null,
  },
  { id: 'known-place', read: (c, key) => (COUNTRY_BY_CAPITAL.has(key) || PLACE_NAMES.has(key) ? named('place', c) : null) },
  // An office with no name ("the PM", "President") is a description, resolved later if at all.
  { id: 'bare-office', read: (c) => (isBareOffice(c.tokens.map((t) => t.key)) ? NONE : null) },
  // "the G20 Summit", "Paris Agreement": a meeting or an agreement.
  { id: 'event-name', read: (c) => (c.tokens.length > 1 && EVENT_HEADS.has(c.tokens[c.tokens.length - 1].key) ? NONE : null) },
  { id: 'media-name', read: (c) => (c.tokens.some((t) => MEDIA_WORDS.has(t.key)) ? NONE : null) },
  { id: 'dateline-place', read: (c, _key, ctx) => (isDatelinePlace(c, ctx) ? named('place', c) : null) },
  { id: 'storm-or-suffix', read: (c) => (STORM_WORDS.has(c.tokens[0].key) || NAME_SUFFIX_WORDS.has(keyOf(c.tokens)) ? NONE : null) },
  // "... with Mr X. What has been done": a quote the tagger did not split; an ordinary word opens a sentence.
  {
    id: 'sentence-opening-common-word',
    read: (c, key, ctx) => (c.tokens.length === 1 && opensSentence(ctx) && isCommonWord(key, ctx.lowerInDoc) ? NONE : null),
  },
  { id: 'company-cue', read: (c, _key, ctx) => (namesCompany(c, ctx) ? named('organization', c, c.country) : null) },
  { id: 'person-tag', read: (c) => (tagged(c.tokens, PERSON_TAGS) ? named('person', c, c.country) : null) },
  // "Zelenskiy spoke with ...", "spoke to Trump": the one name a head of state or government of the
  // story's time is called by (the gazetteer of office-holders.ts) is that person, even after a
  // preposition of place; not an ordinary word ("Park", "May"), nor one in a shouted heading,
  // where every word is in capitals ("FOX").
  {
    id: 'office-holder-name',
    read: (c, _key, ctx) => {
      const [word] = c.tokens;
      return c.tokens.length === 1 && !word.shouted && !isCommonWord(word.key, ctx.lowerInDoc) && isHolderCalledName(word.text, ctx.year) ? named('person', c, c.country) : null;
    },
  },
  { id: 'after-place-preposition', read: (c, _key, ctx) => (afterPlacePreposition(ctx) ? named('place', c) : null) },
  // "Catholic", "Government": one ordinary word is not a name, whatever the tagger guessed.
  { id: 'lone-common-word', read: (c, _key, ctx) => (c.tokens.length === 1 && isCommonWord(c.tokens[0].key, ctx.lowerInDoc) ? NONE : null) },
  { id: 'organization-tag', read: (c) => (tagged(c.tokens, ORG_TAGS) ? named('organization', c, c.country) : null) },
  { id: 'direction-place', read: (c) => (c.tokens.length > 1 && PLACE_OPENERS.has(c.tokens[0].key) ? named('place', c) : null) },
  { id: 'place-tag', read: (c) => (tagged(c.tokens, PLACE_TAGS) ? named('place', c) : null) },
  {
    id: 'acting-acronym',
    read: (c, _key, ctx) => (c.tokens.length === 1 && ACRONYM_RE.test(c.tokens[0].text) && acronymActs(ctx) ? named('organization', c, c.country) : null),
  },
  // Ordinary words capitalised in a heading or table ("Attendance", "World Series") name nothing.
  { id: 'common-words', read: (c, _key, ctx) => (c.tokens.every((t) => isCommonWord(t.key, ctx.lowerInDoc)) ? NONE : null) },
  // With no name tag on any word, "World Cup" or "Democracy Wall" ends in an ordinary noun: not a person.
  { id: 'ends-in-common-word', read: (c, _key, ctx) => (isCommonWord(c.tokens[c.tokens.length - 1].key, ctx.lowerInDoc) ? NONE : null) },
  // "Erdogan said": a lone unknown name that speaks is a person.
  {
    id: 'lone-name-speaks',
    read: (c, _key, ctx) =>
      c.tokens.length === 1 && SPEECH_VERBS.has(ctx.tokens[ctx.index + 1]?.key ?? '') && !isCommonWord(c.tokens[0].key, ctx.lowerInDoc)
        ? named('person', c, c.country)
        : null,
  },
  // A lone unknown word is too unsure to keep.
  { id: 'lone-unknown-word', read: (c) => (c.tokens.length === 1 ? NONE : null) },
  // Several capitalised words no rule explains: most often a person the tagger does not know.
  { id: 'unexplained-run', read: (c) => named('person', c, c.country) },
];
