// Capitals used for governments: "Moscow said", "talks between New Delhi and Islamabad". The news
// annotators list such a capital's country as an acting country only where the article also names
// that country itself; a capital alone ("Moscow was ready for talks") is left as the city.
import { COUNTRY_BY_CAPITAL } from '../../lexicon/country-index.js';
import type { Token } from './tokens.js';

export interface CapitalReading {
  type: string;
  name: string;
  acting: boolean;
  /** Position in the tokens of the mention's first word. */
  first: number;
}

/** "the capital Islamabad", "the Ukrainian capital Kyiv": the word before names the city as a city. */
const namedAsCity = (tokens: Token[], first: number): boolean => tokens[first - 1]?.key === 'capital' && tokens[first - 1].sentence === tokens[first].sentence;

/** The states the article names by their own name or alias (as place or actor). */
export function countriesNamed(readings: ReadonlyArray<{ type: string; name: string }>): Set<string> {
  return new Set(readings.filter((r) => (r.type === 'country' || r.type === 'place') && !COUNTRY_BY_CAPITAL.has(r.name.toLowerCase())).map((r) => r.name));
}

/**
 * The country an acting capital stands for (rule 'capital-for-country'), or undefined: only for a
 * state the article names too, and never for "the capital X".
 */
export function capitalFor(reading: CapitalReading, tokens: Token[], named: Set<string>): string | undefined {
  if (reading.type !== 'place' || !reading.acting || namedAsCity(tokens, reading.first)) return undefined;
  const country = COUNTRY_BY_CAPITAL.get(reading.name.toLowerCase());
  return country && named.has(country) ? country : undefined;
}
