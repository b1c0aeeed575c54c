// "Vice Premier He Lifeng", "Defence Minister Dong Jun", "Liu He": a name syllable the tagger reads
// as a function word (a pronoun, a month) is a name word when a proper noun stands beside it.
import { FUNCTION_WORD_NAME_SYLLABLES } from '../../lexicon/name-syllables.js';
import type { Token } from './tokens.js';

const SYLLABLES = new Set(FUNCTION_WORD_NAME_SYLLABLES);
const CAPITALISED_RE = /^\p{Lu}/u;

/** A capitalised proper noun that is no verb: "Says" in a headline does not make "He" a name. */
function properNoun(t: Token | undefined): t is Token {
  return t !== undefined && CAPITALISED_RE.test(t.text) && t.tags.has('ProperNoun') && !t.tags.has('Verb') && !t.blocked;
}

/** Rule 'function-word-syllable': not at a sentence start, not in capitals, not a month before a day ("Jun 5"). */
export function isNameSyllable(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!SYLLABLES.has(t.key) || t.initial || t.shouted || !CAPITALISED_RE.test(t.text)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (next && /^\d/.test(next.text)) return false;
  const afterName = properNoun(prev) && prev.sentence === t.sentence && prev.post === ' ' && !prev.possessive;
  const beforeName = properNoun(next) && next.sentence === t.sentence && t.post === ' ';
  return afterName || beforeName;
}

/** The rule id a name read with such a syllable as a word of its own carries (--explain); not "Min-jun". */
export const syllableRule = (name: Token[]): string[] =>
  name.length > 1 && name.some((t, i) => SYLLABLES.has(t.key) && (i === 0 || name[i - 1].post === ' ')) ? ['function-word-syllable'] : [];
