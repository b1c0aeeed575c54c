// The countries actors carry: the world-countries package's states (world-countries.ts) with our
// overlay of what news writes and the package lacks (country-overlay.ts), merged once at import.
import { type PackageCountry, PACKAGE_COUNTRIES } from './world-countries.js';
import * as overlay from './country-overlay.js';

export { HOME_NATIONS } from './country-overlay.js';

export interface CountryEntry {
  /** The English short name actors carry ("United States", "Turkey"). */
  name: string;
  /** Capitals as news writes them, read as the government ("Moscow said"); none for former states. */
  capitals: string[];
  /** Adjectives of nationality ("Iranian"), also used as nouns for a citizen. */
  demonyms: string[];
  /** Other ways the text names the state ("U.S.", "America", "Britain", "Russian Federation"). */
  aliases: string[];
}

/** "Côte d'Ivoire" → "Cote d'Ivoire": copy is written both ways. */
const withoutAccents = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '');
/** "People's Republic of China" → "People’s Republic of China": copy is written with either apostrophe. */
const withCurlyApostrophe = (s: string): string => s.replace(/'/g, '\u2019');
const spellings = (words: readonly string[]): string[] => [...new Set(words.flatMap((w) => [w, withoutAccents(w)]).flatMap((w) => [w, withCurlyApostrophe(w)]))];

/**
 * The package's other names that are names in English copy: several words ("Republic of Korea",
 * "Ivory Coast", "Congo-Kinshasa") or an abbreviation in capitals ("UAE", "DPRK"). Single words are
 * mostly the state's own-language name and collide with English words and brands ("Island",
 * "Nippon", "Emirates"); the ones news uses are in the overlay. Two-letter codes and inverted index
 * forms ("Korea, Republic of") are left out.
 */
const isEnglishAlias = (s: string): boolean => !s.includes(',') && (/[\s-]/.test(s.trim()) || /^[A-Z]{3,}$/.test(s));

/** "Kittitian or Nevisian", "Bosnian, Herzegovinian": one demonym per state part. */
const splitDemonyms = (ds: readonly string[]): string[] => ds.flatMap((d) => d.split(/, | or /));

function fromPackage(c: PackageCountry): CountryEntry {
  const name = overlay.PRINTED_NAMES[c.code] ?? c.common;
  const packageAliases = [c.common, c.official, ...c.altSpellings.filter(isEnglishAlias)].filter((a) => !overlay.NOT_ALIASES[c.code]?.includes(a));
  const aliases = spellings([...packageAliases, ...(overlay.ALIASES[c.code] ?? [])]);
  const names = new Set([name, ...aliases].map((n) => n.toLowerCase()));
  const seat = overlay.SEATS_OF_GOVERNMENT[c.code];
  const capitals = spellings([...(seat ?? c.capitals.slice(0, 1)), ...(overlay.CAPITAL_SPELLINGS[c.code] ?? [])])
    .filter((capital) => !overlay.CAPITALS_NOT_METONYMS.includes(capital));
  // A package demonym that is the state's name ("Djibouti") reads as the name.
  const packageDemonyms = splitDemonyms(c.demonyms).filter((d) => !names.has(d.toLowerCase()) && overlay.SHARED_DEMONYMS[d] === undefined);
  const demonyms = spellings([...packageDemonyms, ...(overlay.DEMONYMS[c.code] ?? [])]);
  return { name, capitals, demonyms, aliases: aliases.filter((a) => a !== name) };
}

const isState = (c: PackageCountry): boolean => c.independent || overlay.STATES_NOT_INDEPENDENT_IN_PACKAGE.includes(c.code);

/** A demonym two states share goes to the one the overlay names ("Congolese"). */
function withSharedDemonyms(entries: CountryEntry[]): CountryEntry[] {
  for (const [demonym, state] of Object.entries(overlay.SHARED_DEMONYMS)) entries.find((e) => e.name === state)?.demonyms.push(demonym);
  return entries;
}

export const COUNTRIES: CountryEntry[] = withSharedDemonyms([
  ...PACKAGE_COUNTRIES.filter(isState).map(fromPackage),
  ...overlay.FORMER_STATES.map((s) => ({ ...s, capitals: [] })),
]);
