// Rule agent-state-government: "Colombia's government asked", "The Chilean government on Sunday
// urged": a state's government in lower case, right before the appeal verb, is the state acting (the
// news gold records a "<state>'s government ... insists" as the country). The state is the actor the
// article names for it, wherever it does.
import type { Actor } from '../../schema.js';
import { COUNTRY_BY_DEMONYM, COUNTRY_NAMES } from '../../lexicon/country-index.js';
import type { PlacedMention } from '../mentions.js';

/**
 * "the Chilean government", "Colombia's interim government" opening the clause (not "critics of the
 * Chilean government"), then words that may stand before the verb; group 1 is a demonym, group 2 the
 * possessive's "'s".
 */
const GOVERNMENT_SUBJECT_RE =
  /(?:^|[,;:"“—]\s*|\s-\s+)\s*(?:[Tt]he\s+)?(?:([A-Z][\w.]*)|[A-Z][\w. -]*?(['’]s))\s+(?:[a-z]+\s+)?government\s+(?:(?:has|have|had|also|again|on\s+\w+day|\w+ly)\s+)*$/;

/** The state whose government is the subject right before `verbStart`, or null. */
export function governmentState(text: string, placed: readonly PlacedMention[], from: number, verbStart: number): Actor | null {
  const found = GOVERNMENT_SUBJECT_RE.exec(text.slice(from, verbStart));
  if (!found) return null;
  if (found[2] !== undefined) {
    const apostrophe = from + found.index + found[0].indexOf(found[2]);
    const owner = placed.find((m) => m.end === apostrophe);
    return owner && COUNTRY_NAMES.has(owner.actor.name) ? owner.actor : null;
  }
  const state = COUNTRY_BY_DEMONYM.get(found[1].toLowerCase());
  return state ? (placed.find((m) => m.actor.name === state)?.actor ?? null) : null;
}
