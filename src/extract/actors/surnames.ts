// People named in full and then by surname: "Woods", "Lavrov-Araghchi".
import type { Candidate } from './candidates.js';
import type { Reading } from './classify.js';
import { isKnownName } from './lexicon-index.js';
import type { Token } from './tokens.js';
import { withoutNameSuffix } from '../../text/name-suffix.js';

/** "Xi", "Li", "Kim": a short first word that may be a family name written first. */
const SHORT_FAMILY_NAME_RE = /^\p{Lu}\p{Ll}{1,2}$/u;

/**
 * Words a named person is later called by alone: the last word ("Woods"), and a short first word,
 * since East Asian names put the family name first ("Xi Jinping" ... "Xi").
 */
export function personSurnames(readings: Reading[]): Set<string> {
  const surnames = new Set<string>();
  for (const r of readings) {
    if (r.type !== 'person') continue;
    const written = withoutNameSuffix(r.name.split(/\s+/));
    if (written.length < 2) continue;
    surnames.add(written[written.length - 1].toLowerCase());
    if (SHORT_FAMILY_NAME_RE.test(written[0])) surnames.add(written[0].toLowerCase());
  }
  return surnames;
}

/** A lone word that is a named person's surname is that person, whatever else it looked like. */
export function surnameReading(f: Found, surnames: Set<string>): Found {
  const { c, reading } = f;
  if (c.tokens.length !== 1 || reading.type === 'person' || reading.type === 'country') return f;
  const key = c.tokens[0].key;
  if (!surnames.has(key) || isKnownName(key)) return f;
  return { ...f, reading: { type: 'person', name: c.tokens[0].text.replace(/['’]s?$/, ''), country: c.country }, rule: 'known-surname' };
}

/** A candidate, its first token's position, what it reads as and the id of the rule that said so. */
export type Found = { c: Candidate; first: number; reading: Reading; rule: string };

/** "the Lavrov-Araghchi call": two known surnames joined by a hyphen are two people. */
export function splitSurnamePairs(found: Found[], surnames: Set<string>): Found[] {
  return found.flatMap((f) => {
    const { tokens } = f.c;
    const hyphenated = tokens.length > 1 && tokens.slice(0, -1).every((t) => t.post === '-');
    if (!hyphenated || !tokens.every((t) => surnames.has(t.key))) return [f];
    return tokens.map((t, k) => ({
      c: { ...f.c, tokens: [t] },
      first: f.first + k,
      reading: { type: 'person' as const, name: t.text.replace(/['’]s?$/, ''), country: null },
      rule: 'hyphenated-surnames',
    }));
  });
}

/** "Lebed said": a capitalised word the tagger read as a verb, so no run holds it. */
const CAPITALISED_WORD_RE = /^\p{Lu}\p{Ll}+(?:['’]s)?$/u;
/** Tags of words that stay ordinary words even when a name ends in them ("Kim Jong In", "Ruth June"). */
const FUNCTION_TAGS = ['Conjunction', 'Date', 'Determiner', 'Month', 'Preposition', 'Pronoun', 'Value'];

/** Known surnames that no candidate holds (the tagger took them for ordinary words) are that person. */
export function strandedSurnames(tokens: Token[], found: Found[], surnames: Set<string>): Found[] {
  const held = new Set(found.flatMap((f) => f.c.tokens));
  const out: Found[] = [];
  tokens.forEach((t, first) => {
    if (held.has(t) || t.blocked || !surnames.has(t.key) || !CAPITALISED_WORD_RE.test(t.text) || isKnownName(t.key)) return;
    if (FUNCTION_TAGS.some((tag) => t.tags.has(tag))) return;
    // "King Charles" beside "Martin Luther King Jr.": a word before a name is its office, not that surname.
    if (held.has(tokens[first + 1]) && tokens[first + 1].sentence === t.sentence && /^ $/.test(t.post)) return;
    const c: Candidate = { tokens: [t], title: null, country: null, personCue: false, organizationCue: false, ownerOnly: false, rules: [] };
    out.push({ c, first, reading: { type: 'person', name: t.text.replace(/['’]s?$/, ''), country: null }, rule: 'stranded-surname' });
  });
  return out;
}
