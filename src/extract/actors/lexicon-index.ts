// Lookup tables built once from the word lists: every key is lower-case text as written in news.
import { COUNTRY_BY_CAPITAL, COUNTRY_BY_NAME } from '../../lexicon/country-index.js';
import { HONORIFICS } from '../../lexicon/honorifics.js';
import { NEWS_OUTLETS } from '../../lexicon/news-outlets.js';
import { HEAD_OF_STATE_TITLES, OFFICE_MODIFIERS as MODIFIER_LIST, OFFICES, RANKS_AND_STYLES, RELIGIOUS_STYLES, ROLE_NOUNS, STATE_FORMS as STATE_FORM_LIST } from '../../lexicon/offices.js';
import { GROUPS_WITH_REGIONAL_BRANCHES, ORGANIZATION_HEADS, ORGANIZATION_OPENERS, ORGANIZATIONS } from '../../lexicon/organizations.js';
import { PLACES } from '../../lexicon/places.js';
import { PORTFOLIO_WORDS } from '../../lexicon/portfolios.js';

export interface OrganizationInfo {
  name: string;
  country: string | null;
}

const lower = (s: string): string => s.toLowerCase();

export { COUNTRY_BY_CAPITAL, COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, COUNTRY_NAME_WIDTHS, COUNTRY_NAMES } from '../../lexicon/country-index.js';

export const PLACE_NAMES = new Set(PLACES.map(lower));

export const ORGANIZATION_BY_NAME = new Map<string, OrganizationInfo>();
for (const o of ORGANIZATIONS) {
  for (const n of [o.name, ...o.aliases]) {
    ORGANIZATION_BY_NAME.set(lower(n), { name: o.name, country: o.country });
    // The tagger splits "al-Qaida" into two words, so the name is also looked up with a space.
    ORGANIZATION_BY_NAME.set(lower(n).replace(/-/g, ' '), { name: o.name, country: o.country });
  }
}

/**
 * Every key of a group whose regional affiliates are "<group> in <region>" ("al qaida"), as written
 * out: "IS in custody", "ISIS in Syria" say where, not which affiliate.
 */
export const REGIONAL_GROUP_KEYS = new Set(
  [...ORGANIZATION_BY_NAME].filter(([key, o]) => GROUPS_WITH_REGIONAL_BRANCHES.includes(o.name) && /[\s-]/.test(key)).map(([key]) => key),
);

/** "al qaida in iraq": a regional affiliate's name, the group's key, "in", then the region. */
export function isRegionalAffiliate(keys: readonly string[]): boolean {
  const at = keys.indexOf('in');
  return at > 0 && at < keys.length - 1 && REGIONAL_GROUP_KEYS.has(keys.slice(0, at).join(' '));
}

export const ORG_HEADS = new Set(ORGANIZATION_HEADS);
export const ORG_OPENERS = new Set(ORGANIZATION_OPENERS);
export const OUTLETS = new Set(NEWS_OUTLETS.map(lower));
export const HONORIFIC_WORDS = new Set(HONORIFICS.flatMap((h) => [lower(h), lower(h).replace(/\.$/, "")]));
export const OFFICE_MODIFIERS = new Set(MODIFIER_LIST);
/** Words written into an office before its head: qualifiers and portfolios ("deputy", "Railway" Minister). */
export const OFFICE_QUALIFIERS = new Set([...MODIFIER_LIST, ...PORTFOLIO_WORDS]);
export const PORTFOLIOS = new Set(PORTFOLIO_WORDS);
/** Ranks and royal styles as written ("Major General", "Prince"): a role after the name outranks them. */
export const RANK_TITLES = new Set(RANKS_AND_STYLES);
/** Ranks and styles, religious ones too, as keys: after an office they are no part of the name. */
export const STYLE_KEYS = new Set([...RANKS_AND_STYLES, ...RELIGIOUS_STYLES].map((s) => lower(s).split(' ').map((w) => w.replace(/\.$/, '')).join(' ')));
export const STATE_FORMS = new Set(STATE_FORM_LIST);
export const LEADER_TITLES = new Set(HEAD_OF_STATE_TITLES.map(lower));

/** Offices as token sequences, longest first, so "Deputy Foreign Minister" wins over "Foreign Minister". */
export const OFFICE_SEQUENCES: string[][] = [...new Set([...OFFICES, ...ROLE_NOUNS].map(lower))]
  .map((o) => o.split(/\s+/).map((w) => w.replace(/\.$/, '')))
  .sort((a, b) => b.length - a.length);

/** Words that can only be part of an office ("foreign" in "foreign minister" is not a name word). */
export const OFFICE_WORDS = new Set(OFFICE_SEQUENCES.flat());

/** The longest office starting at words[i], as the number of words it spans (0 when none). */
export function officeLengthAt(words: readonly string[], i: number): number {
  for (const seq of OFFICE_SEQUENCES) {
    if (i + seq.length > words.length) continue;
    let ok = true;
    for (let k = 0; k < seq.length && ok; k++) ok = words[i + k] === seq[k];
    if (ok) return seq.length;
  }
  return 0;
}

/**
 * The longest office phrase at words[i]: qualifiers and portfolios, then an office ("Chief Electoral
 * Commissioner", "foreign policy chief"); 0 when none.
 */
export function officePhraseLength(words: readonly string[], i: number): number {
  let best = officeLengthAt(words, i);
  for (let j = i; j < words.length && (OFFICE_QUALIFIERS.has(words[j]) || joinsPortfolios(words, j, i)); j++) {
    const length = officeLengthAt(words, j + 1);
    if (length > 0) best = Math.max(best, j + 1 + length - i);
  }
  return best;
}

/** "Interior and Justice Minister": "and" between two portfolios inside an office phrase starting at `start`. */
const joinsPortfolios = (words: readonly string[], j: number, start: number): boolean =>
  words[j] === 'and' && j > start && PORTFOLIOS.has(words[j - 1]) && PORTFOLIOS.has(words[j + 1]);

/**
 * "Deputy Prime Minister and Foreign Minister": office phrases joined by "and", one person's offices
 * (rule 'compound-office'); the words spanned, 0 when no office starts at words[i].
 */
export function compoundOfficeLength(words: readonly string[], i: number): number {
  let length = officePhraseLength(words, i);
  while (length > 0 && words[i + length] === 'and') {
    const next = officePhraseLength(words, i + length + 1);
    if (next === 0) break;
    length += 1 + next;
  }
  return length;
}

/** Multi-word names the lexicon knows, as first word → lengths in words, to find them inside longer runs. */
export const KNOWN_PHRASE_LENGTHS = new Map<string, number[]>();
for (const key of [...COUNTRY_BY_NAME.keys(), ...PLACE_NAMES, ...COUNTRY_BY_CAPITAL.keys(), ...ORGANIZATION_BY_NAME.keys(), ...OUTLETS]) {
  const words = key.split(/\s+/);
  if (words.length < 2) continue;
  const lengths = KNOWN_PHRASE_LENGTHS.get(words[0]) ?? [];
  if (!lengths.includes(words.length)) lengths.push(words.length);
  KNOWN_PHRASE_LENGTHS.set(words[0], lengths.sort((a, b) => b - a));
}

export function isKnownName(key: string): boolean {
  return COUNTRY_BY_NAME.has(key) || PLACE_NAMES.has(key) || COUNTRY_BY_CAPITAL.has(key) || ORGANIZATION_BY_NAME.has(key) || OUTLETS.has(key);
}
