// Whether a country mention acts ("Israel launched strikes", "Moscow said", "Russia's position")
// or is only where something happens ("in Kabul").
import type { Token } from './tokens.js';

const PLACE_PREPOSITIONS = new Set([
  'across', 'along', 'around', 'at', 'from', 'in', 'inside', 'into', 'near', 'outside', 'through', 'throughout', 'to',
  'toward', 'towards', 'within',
]);
const VERB_TAGS = ['Verb', 'Modal', 'Auxiliary', 'Copula'];

function startsVerbPhrase(t: Token | undefined): boolean {
  return t !== undefined && VERB_TAGS.some((tag) => t.tags.has(tag)) && !t.tags.has('Gerund') && !t.tags.has('Noun');
}

/** `first`/`last` are positions in `tokens` of the mention's first and last word. */
export function isActing(tokens: Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const sameSentence = (t: Token | undefined): t is Token => t !== undefined && t.sentence === tokens[first].sentence;
  if (sameSentence(before) && PLACE_PREPOSITIONS.has(before.key)) return false;
  if (tokens[last].possessive) return true;
  if (sameSentence(before) && before.key === 'by') return true;
  const next = tokens[last + 1];
  if (!sameSentence(next) || tokens[last].post.trim() !== '') return false;
  if (startsVerbPhrase(next)) return true;
  // "Israel and the United States launched": look past the coordinated name.
  if (next.key === 'and') {
    for (let i = last + 2; i < Math.min(tokens.length, last + 6); i++) {
      if (startsVerbPhrase(tokens[i])) return true;
      if (tokens[i].post.trim() !== '') return false;
    }
  }
  return false;
}
