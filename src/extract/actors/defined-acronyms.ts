// Acronyms the article defines: "the Chief Medical Officer (CMO)", "the Prime Minister's Office
// (PMO)". What the letters stand for says what the acronym is wherever the article uses it.
import type { Token } from './tokens.js';

const ACRONYM_RE = /^\p{Lu}{2,6}$/u;
/** Words an acronym's letters may skip: "Department of Justice (DOJ)" spells D-O-J or D-J. */
const SKIPPABLE = new Set(['and', 'for', 'of', 'on', 'the', '&']);

/**
 * Where the words before `at` start whose initials spell `letters` (the last `need + 1` of them),
 * or -1. A minor word is skipped where it can be ("Organization of Petroleum ..." is OPEC) and
 * spelled where it must ("Department of Justice" is DOJ).
 */
function spelledFrom(tokens: Token[], i: number, at: number, letters: string, need: number): number {
  if (need < 0) return i + 1;
  const t = tokens[i];
  if (!t || t.sentence !== tokens[at].sentence) return -1;
  const minor = SKIPPABLE.has(t.key);
  if (minor) {
    const skipped = spelledFrom(tokens, i - 1, at, letters, need);
    if (skipped >= 0) return skipped;
  }
  const spells = t.text[0].toUpperCase() === letters[need] && (minor || /^\p{Lu}/u.test(t.text));
  return spells ? spelledFrom(tokens, i - 1, at, letters, need - 1) : -1;
}

/** The words right before `at` whose initials spell `letters`, or null. */
function spelledBefore(tokens: Token[], at: number, letters: string): Token[] | null {
  const from = spelledFrom(tokens, at - 1, at, letters, letters.length - 1);
  return from >= 0 ? tokens.slice(from, at) : null;
}

interface Definitions {
  /** Acronym as written → the words it stands for. */
  byAcronym: Map<string, Token[]>;
  /** Every word of every definition. */
  inside: Set<Token>;
}

const DEFINED = new WeakMap<Token[], Definitions>();

/** Every acronym defined in parentheses right after the words it abbreviates, once per document. */
function definitions(tokens: Token[]): Definitions {
  let found = DEFINED.get(tokens);
  if (found) return found;
  found = { byAcronym: new Map(), inside: new Set() };
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!ACRONYM_RE.test(t.text) || !(t.pre + tokens[i - 1].post).includes('(') || !t.post.trimStart().startsWith(')')) continue;
    const words = spelledBefore(tokens, i, t.text);
    if (!words) continue;
    if (!found.byAcronym.has(t.text)) found.byAcronym.set(t.text, words);
    for (const w of words) found.inside.add(w);
  }
  DEFINED.set(tokens, found);
  return found;
}

/** What the acronym `text` stands for in the document, or undefined. */
export const definitionOf = (tokens: Token[], text: string): Token[] | undefined => definitions(tokens).byAcronym.get(text);

/** The word is one of the words an acronym in the document is defined by. */
export const insideDefinition = (tokens: Token[], word: Token): boolean => definitions(tokens).inside.has(word);

/** "the Office for the Coordination of Humanitarian Affairs (OCHA)": the words an acronym right after them spells, or undefined. */
export function endsBeforeDefinedAcronym(tokens: Token[], words: Token[]): Token[] | undefined {
  const last = words[words.length - 1];
  const next = tokens[tokens.indexOf(last) + 1];
  const definition = next && definitionOf(tokens, next.text);
  return definition && definition[definition.length - 1] === last && words.includes(definition[0]) ? definition : undefined;
}
