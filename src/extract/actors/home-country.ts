// Whose officials the untitled ones are, when the text leaves it to the reader.
import type { Entity } from './merge.js';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, COUNTRY_NAMES, countryOfPlace } from '../../lexicon/country-index.js';
import type { Token } from './tokens.js';

/** What the story says of its own state: the dateline's, else the one it names most, else the one whose region it is set in. */
export interface HomeState {
  dateline: string | null;
  story: string | null;
}

export function homeState(entities: Entity[], tokens: Token[], places: string[], datelineText: string): HomeState {
  const dateline = datelineCountry(places, datelineText) ?? null;
  return { dateline, story: dateline ? null : (mostNamedCountry(entities, tokens) ?? regionOwner(tokens)) };
}

/** A state's own official: a titled person who is no journalist nor city official, or a government organ. */
function isOfficial(e: Entity): boolean {
  if (e.type === 'organization') return GOVERNMENT_ORGAN_RE.test(e.name);
  return e.type === 'person' && e.title !== null && !NO_STATE_TITLE_RE.test(e.title) && (!NON_STATE_TITLE_RE.test(e.title) || /\bgovernment\b/i.test(e.title));
}

/**
 * Wire convention: an official with no country named ("Deputy Foreign Minister X", "the Foreign
 * Ministry") belongs to the state of the dateline ("MOSCOW, June 29") (rule 'dateline-home-country').
 */
export function datelineHomeCountry(e: Entity, home: HomeState): string | null {
  return home.dateline && isOfficial(e) ? home.dateline : null;
}

/**
 * Without a dateline, a story about one state lends it to its domestic officials only (rule
 * 'story-home-country'): a president, a foreign minister or a UN or EU official in such a story is
 * as likely another state's, and a reader would not guess.
 */
export function storyHomeCountry(e: Entity, home: HomeState): string | null {
  if (!home.story || !isOfficial(e) || (e.type === 'person' && CROSS_BORDER_TITLE_RE.test(e.title!))) return null;
  return home.story;
}

/**
 * "MOSCOW, June 29": the capital's country; "Washington D.C.": a capital with its district after it;
 * "MIRANSHAH, Pakistan, July 18", "Washington [USA]": the country written after the town.
 */
function datelineCountry(places: string[], datelineText: string): string | undefined {
  const words = places[0]?.toLowerCase().split(/\s+/) ?? [];
  for (let n = words.length; n > 0; n--) {
    const place = words.slice(0, n).join(' ');
    const named = countryOfPlace(place);
    if (named) return named;
  }
  return datelineText.split(/[,()[\]]/).map((part) => COUNTRY_BY_NAME.get(part.trim().toLowerCase())).find(Boolean);
}

/** The country named clearly more often than any other, or null. */
function mostNamedCountry(entities: Entity[], tokens: Token[]): string | null {
  const tally = new Map<string, number>();
  for (const e of entities) {
    if ((e.type === 'country' || e.type === 'place') && COUNTRY_NAMES.has(e.name)) tally.set(e.name, e.mentions.length);
  }
  // "British", "Mexican": nationality words count for their country too.
  for (const t of tokens) {
    const country = COUNTRY_BY_DEMONYM.get(t.key);
    if (country && !t.blocked && /^\p{Lu}/u.test(t.text)) tally.set(country, (tally.get(country) ?? 0) + 1);
  }
  const counts = [...tally].sort((a, b) => b[1] - a[1]);
  if (counts.length === 0 || (counts[0][1] < 2 && counts.length > 1) || (counts[1] && counts[1][1] * 2 > counts[0][1])) return null;
  return counts[0][0];
}

/** Nouns for the parts of a state where wire stories happen ("Russia's Kursk region"). */
const REGION_NOUNS = new Set(['district', 'oblast', 'province', 'region', 'state']);

/** "in Ukraine's central region of Kirovohrad": the state whose region the story is set in, named first. */
function regionOwner(tokens: Token[]): string | null {
  for (let i = 0; i < tokens.length; i++) {
    const country = tokens[i].possessive && !tokens[i].blocked ? COUNTRY_BY_NAME.get(tokens[i].key) : undefined;
    if (!country) continue;
    for (let k = i + 1; k <= i + 3 && k < tokens.length && tokens[k].sentence === tokens[i].sentence; k++) {
      if (REGION_NOUNS.has(tokens[k].key)) return country;
    }
  }
  return null;
}

/**
 * Journalists ("Political Editor"), lawyers and clergy ("Archbishop", "Grand Ayatollah") quoted by
 * title work for an outlet, a client or a faith, not a state; a "CEO" for a company.
 */
const NO_STATE_TITLE_RE =
  /\b(?:editor|correspondent|reporter|journalist|lawyer|counsel|archbishop|ayatollah|bishop|cardinal|imam|mufti|patriarch|pope|rabbi|ceo)\b|\battorney\b(?![- ]general)/i;

/**
 * A city's or county's offices and commissioners ("Mayor", "Sheriff", "District Attorney", "Police
 * Commissioner", "High Commissioner") and the chairs of companies, parties and chambers ("chairman",
 * "Senate Chairman"): no state's own officials, unless the office says it is the government's
 * ("local government chairman").
 */
const NON_STATE_TITLE_RE =
  /\b(?:mayor|sheriff|district attorney|council(?:man|woman|lou?r)|assembly(?:man|woman)|commissioner|chairman|chairwoman|chairperson)\b/i;

/**
 * Offices often held for another state or for an international body than the one a story is about.
 * A secretary of state for a part of the state ("Secretary of State for Wales") stays at home.
 */
const CROSS_BORDER_TITLE_RE =
  /^(?:chief|diplomat|foreign policy chief)$|\b(?:president|prime minister|premier|chancellor|king|queen|foreign minister|minister of foreign affairs|secretary of state(?! for)|secretary[- ]general|envoy|ambassador|rapporteur|supreme leader|crown prince|emir|sultan|spokes(?:man|woman|person))\b/i;

const GOVERNMENT_ORGAN_RE = /\b(?:Ministry|Government|Cabinet|Parliament|Police|Army)$/;
