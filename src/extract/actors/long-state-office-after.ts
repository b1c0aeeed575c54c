// "Cyril Ramaphosa, South Africa's president,", "X, the United States' envoy,": an apposition whose
// office is owned by a state named in several words (rule 'long-state-owner-after'); one-word states
// ("Kenya's president") are read by officeAfter.
import { officePhraseLength } from './lexicon-index.js';
import { countryNameAt, isQualifier, officeText } from './offices-around.js';
import type { Token } from './tokens.js';

/** The office after a name ending at tokens[runEnd - 1], its state, and the rule; or null. */
export function longStateOfficeAfter(tokens: Token[], keys: string[], runEnd: number): { title: string; country: string; stateless: false; rule: string } | null {
  if (!tokens[runEnd - 1].post.startsWith(',')) return null;
  const at = keys[runEnd] === 'the' ? runEnd + 1 : runEnd;
  const state = countryNameAt(tokens, at);
  if (!state || state.width < 2) return null;
  const owner = tokens.slice(at, at + state.width);
  if (!owner[owner.length - 1].possessive || owner.some((t) => t.sentence !== tokens[runEnd - 1].sentence || !/^ +$/.test(t.post))) return null;
  // Qualifiers, then the office, closed by punctuation: ", South Korea's acting president,".
  const from = at + state.width;
  let office = from;
  while (office < from + 2 && isQualifier(keys[office] ?? '') && officePhraseLength(keys, office) === 0) office++;
  const length = officePhraseLength(keys, office);
  if (length === 0) return null;
  const last = tokens[office + length - 1];
  if (!/^\s*[,;.]/.test(last.post) || last.sentence !== tokens[runEnd - 1].sentence) return null;
  return { title: officeText(tokens.slice(from, office + length)), country: state.country, stateless: false, rule: 'long-state-owner-after' };
}
