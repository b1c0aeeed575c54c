// Rule agent-state-government: "Colombia's government asked", "The Chilean government on Sunday
// urged", "French officials called for": a state's government, officials or authorities in lower
// case, right before the appeal verb, are the state acting (the news gold records a "<state>'s
// government ... insists" as the country). The state is the actor the article names for it,
// wherever it does; where it names none, the state joins the actors (rule unnamed-office-state).
import type { Actor } from '../../schema.js';
import { COUNTRY_BY_DEMONYM, COUNTRY_NAMES } from '../../lexicon/country-index.js';
import type { PlacedMention } from '../mentions.js';
import { standInState } from '../calls/unnamed-states.js';

/**
 * "the Chilean government", "Colombia's interim government", "Indian officials" opening the clause (not "critics of the
 * Chilean government"), then words that may stand before the verb; group 1 is a demonym, group 2 the
 * possessive's "'s".
 */
const GOVERNMENT_SUBJECT_RE =
  /(?:^|[,;:"“—]\s*|\s-\s+)\s*(?:[Tt]he\s+)?(?:([A-Z][\w.]*)|[A-Z][\w. -]*?(['’]s))\s+(?:[a-z]+\s+)?(?:government|officials|authorities)\s+(?:(?:has|have|had|also|again|on\s+\w+day|\w+ly)\s+)*$/;

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
  if (!state) return null;
  const demonymAt = from + found.index + found[0].indexOf(found[1]);
  return placed.find((m) => m.actor.name === state)?.actor ?? standInState(state, demonymAt, demonymAt + found[1].length, found[1]);
}
