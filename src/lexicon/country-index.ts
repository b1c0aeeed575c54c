// The country tables, built once from countries.ts (world-countries plus our overlay) for every extractor: every key is the lower-case
// text as written in news ("u.s.", "iranian", "moscow"), every value a canonical country name.
import { COUNTRIES } from './countries.js';

const lower = (s: string): string => s.toLowerCase();

/** Country name or alias → canonical name ("u.s." → "United States"). */
export const COUNTRY_BY_NAME = new Map<string, string>();
/** Demonym → country ("iranian" → "Iran"); country aliases used as adjectives ("US President") too. */
export const COUNTRY_BY_DEMONYM = new Map<string, string>();
/** Capital → country, for metonyms ("Moscow said" → Russia). */
export const COUNTRY_BY_CAPITAL = new Map<string, string>();
/** "people republic of china": a name as the actors' word keys spell it, a possessive's "'s" cut. */
const asWordKeys = (key: string): string => key.replace(/['’]s\b/g, '');
for (const c of COUNTRIES) {
  for (const n of [c.name, ...c.aliases]) {
    COUNTRY_BY_NAME.set(lower(n), c.name);
    COUNTRY_BY_NAME.set(asWordKeys(lower(n)), c.name);
  }
  for (const d of c.demonyms) COUNTRY_BY_DEMONYM.set(lower(d), c.name);
  for (const capital of c.capitals) COUNTRY_BY_CAPITAL.set(lower(capital), c.name);
}

/** The country a place's name stands for, as a capital ("moscow") or as the country itself ("russia"); the key in lower case. */
export const countryOfPlace = (key: string): string | undefined => COUNTRY_BY_CAPITAL.get(key) ?? COUNTRY_BY_NAME.get(key);

/** How many words a country's name or alias may take, longest first ("democratic republic of the congo": 5). */
export const COUNTRY_NAME_WIDTHS: readonly number[] = [...new Set([...COUNTRY_BY_NAME.keys()].map((k) => k.split(' ').length))].sort((a, b) => b - a);

/** The canonical names. */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRIES.map((c) => c.name));
