// What a classification rule sees and returns. A rule is a named unit: an id, and `read`, which
// returns a reading or null to pass the candidate on to the next rule.
import type { ActorType } from '../../../schema.js';
import type { Candidate } from '../candidates.js';
import type { Token } from '../tokens.js';
import { isNameSuffix } from '../../../text/name-suffix.js';

export type Reading =
  /** `key`: the word list's canonical name, so "UN" and "United Nations" are one actor. */
  | { type: ActorType; name: string; country: string | null; key?: string }
  /** Not an actor: a news outlet (a source) or a nationality word ("Russian", "Iranians"). */
  | { type: 'none' };

export interface ClassifyContext {
  tokens: Token[];
  /** Position in `tokens` of the candidate's first word. */
  index: number;
  /** A sports report under the conll profile (always false under news). */
  sports: boolean;
  lowerInDoc: Set<string>;
  /** The article's year, when known (office holders are looked up by it). */
  year: number | null;
}

export interface ClassifyRule {
  id: string;
  /** `key` is the candidate's words in lower case, joined by spaces. */
  read(c: Candidate, key: string, ctx: ClassifyContext): Reading | null;
}

/** The candidate's words as written, spacing normalised and a trailing possessive cut. */
export const nameText = (c: Candidate): string => {
  const text = c.tokens
    .map((t, i) => (i ? c.tokens[i - 1].post.replace(/\s+/g, ' ') + t.pre : '') + t.text)
    .join('')
    .replace(/['’]s?$/, '');
  // "Marcos, Jr.": the tagger leaves a suffix's dot outside the word.
  const last = c.tokens[c.tokens.length - 1];
  return c.tokens.length > 1 && isNameSuffix(last.text) && /^[A-Z][a-z]$/.test(last.text) && last.post.startsWith('.') ? `${text}.` : text;
};

/** A reading of the candidate's own words as an actor of `type`. */
export const named = (type: ActorType, c: Candidate, country: string | null = null): Reading => ({ type, name: nameText(c), country });
