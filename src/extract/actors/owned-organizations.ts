// Organs named by their state and a common noun in lower case: "the Russian foreign ministry",
// "Russia's security service", "the US embassy". No capitalised run holds them whole.
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from './lexicon-index.js';
import type { Token } from './tokens.js';

export interface OwnedOrganization {
  first: number;
  last: number;
  country: string;
}

/** Head nouns of state organs; "Russian army" or "French club" stay descriptions. */
const ORGAN_HEADS = new Set(['agency', 'department', 'embassy', 'ministry', 'office', 'service']);
/** Words between the state and the organ's head noun ("foreign", "security", "seismological"). */
const MAX_MODIFIERS = 2;
const MEDIA_MODIFIERS = new Set(['news', 'press', 'media', 'broadcasting']);
const NOT_MODIFIER = ['Verb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Value', 'Adverb'];

export function findOwnedOrganizations(tokens: Token[]): OwnedOrganization[] {
  const found: OwnedOrganization[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const owner = tokens[i];
    if (owner.blocked || !/^\p{Lu}/u.test(owner.text) || !/^\s+$/.test(owner.post)) continue;
    const country = COUNTRY_BY_DEMONYM.get(owner.key) ?? (owner.possessive ? COUNTRY_BY_NAME.get(owner.key) : undefined);
    if (!country) continue;
    for (let j = i + 1; j <= i + MAX_MODIFIERS + 1 && j < tokens.length; j++) {
      const t = tokens[j];
      if (t.sentence !== owner.sentence || t.text !== t.text.toLowerCase()) break;
      // "the Russian news agency": an outlet, never an actor.
      if (MEDIA_MODIFIERS.has(t.key)) break;
      if (ORGAN_HEADS.has(t.key)) {
        found.push({ first: i, last: j, country });
        break;
      }
      if (NOT_MODIFIER.some((tag) => t.tags.has(tag)) || !/^\s+$/.test(t.post)) break;
    }
  }
  return found;
}
