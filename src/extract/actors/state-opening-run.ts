// A state or place opening a run of capitals after a joiner: the owner of the office before it
// ("Minister of Foreign Affairs of | Indonesia Retno Marsudi") or where that office is posted
// ("U.S. envoy for | Syria Tom Barrack"); either way no part of the name that follows.
import { COUNTRY_BY_NAME, COUNTRY_NAME_WIDTHS, isKnownName } from './lexicon-index.js';
import { keyOf, modifiersBefore, officeEndingAt, officeText, ownerBefore } from './offices-around.js';
import type { Token } from './tokens.js';

/** Words of a name left after the place: a given name and a family name at least. */
const MIN_NAME_WORDS = 2;

export interface PostingBefore {
  title: string;
  /** Words of the place at the start of the run. */
  width: number;
  /** The state owning the office, written before it ("U.S."), or null. */
  country: string | null;
}

/**
 * "U.S. envoy for Syria X", "UN envoy for Yemen Y", "U.S. ambassador to Israel Z": a lower-case office,
 * "for" or "to", then the place, part of the title (rule 'posting-before-name'); null when not so.
 */
export function postingBefore(piece: Token[], tokens: Token[], keys: string[], index: number): PostingBefore | null {
  const joiner = tokens[index - 1];
  if (!joiner || (joiner.text !== 'for' && joiner.text !== 'to') || joiner.sentence !== piece[0].sentence) return null;
  const width = COUNTRY_NAME_WIDTHS.find((w) => w + MIN_NAME_WORDS <= piece.length && isKnownName(keyOf(piece.slice(0, w))));
  const from = width && index > 1 ? officeEndingAt(keys, index - 2) : null;
  if (!width || from === null || tokens[from].text !== tokens[from].key) return null;
  const start = modifiersBefore(tokens, from);
  return { title: officeText(tokens.slice(start, index + width)), width, country: ownerBefore(tokens, start) };
}

/** Words of a country's name opening `piece` after "of", with a name of MIN_NAME_WORDS or more after it; 0 when none. */
export function countryOpening(piece: Token[], tokens: Token[]): number {
  if (tokens[tokens.indexOf(piece[0]) - 1]?.key !== 'of') return 0;
  return COUNTRY_NAME_WIDTHS.find((w) => w + MIN_NAME_WORDS <= piece.length && COUNTRY_BY_NAME.has(keyOf(piece.slice(0, w)))) ?? 0;
}
