// "head of X" names an office only with what it heads, so the title keeps its complement:
// "Ana Diaz, deputy head of the presidential office,", "the head of the World Bank, Ajay Banga,"
// (rule 'head-of'). A state's possessive inside it gives the country and leaves the title
// ("the head of Chile's mining agency" → "head of mining agency", Chile).
import { COUNTRY_BY_NAME } from './lexicon-index.js';
import { isQualifier, isStatelessOwner, modifiersBefore, officeText } from './offices-around.js';
import type { Token } from './tokens.js';

export interface HeadOffice {
  title: string;
  country: string | null;
  /** What it heads is a body of no state ("the World Bank"): no country is guessed for the holder. */
  stateless: boolean;
  rule: 'head-of';
  /** Where the office starts (its first qualifier). */
  from: number;
}

const DETERMINERS = new Set(['a', 'an', 'the']);
/** Words after which the complement has ended: "head of the rescue teams in Sulawesi", "head of X who ...". */
const COMPLEMENT_STOPS = new Set(['at', 'in', 'on', 'who', 'which', 'that', 'said', 'says', 'told', 'since', 'until', 'from', 'with', 'when']);
const MAX_COMPLEMENT = 8;

const spaced = (t: Token): boolean => /^ +$/.test(t.post);

/**
 * The complement of "head" at tokens[head] ("of" and the words it heads, stopping before a stop
 * word or at the punctuation that closes it): its end (exclusive), or null when it does not close.
 */
function complementEnd(tokens: Token[], head: number): number | null {
  if (tokens[head + 1]?.key !== 'of' || !spaced(tokens[head])) return null;
  for (let i = head + 2; i < tokens.length && i <= head + 1 + MAX_COMPLEMENT; i++) {
    const t = tokens[i];
    if (t.sentence !== tokens[head].sentence) return null;
    if (COMPLEMENT_STOPS.has(t.key)) return i > head + 2 && spaced(tokens[i - 1]) ? i : null;
    // "head of Ochsner St. Anne hospital": an abbreviation's dot closes nothing.
    if (/^\s*\./.test(t.post) && t.tags.has('Abbreviation')) return null;
    if (/^\s*[,;.)]/.test(t.post) || i === tokens.length - 1) return i + 1;
    if (!spaced(t)) return null;
  }
  return null;
}

/** The title as written with a state's possessive left out, that state, and whether what is headed belongs to none. */
function readOffice(words: Token[]): { title: string; country: string | null; stateless: boolean } {
  const state = words.find((t) => t.possessive && COUNTRY_BY_NAME.has(t.key));
  const kept = words.filter((t) => t !== state);
  const of = kept.findIndex((t) => t.key === 'of');
  const headed = kept.slice(kept[of + 1]?.key === 'the' ? of + 2 : of + 1);
  const country = state ? COUNTRY_BY_NAME.get(state.key)! : null;
  // Only a body named with capitals is known to be no state's: "the presidential office" is some state's.
  const named = /^\p{Lu}/u.test(headed[0]?.text ?? '');
  return { title: officeText(kept), country, stateless: country === null && named && isStatelessOwner(headed) };
}

/** ", [the] [deputy] head of X," after a name ending at tokens[runEnd - 1]. */
export function headOfficeAfter(tokens: Token[], keys: string[], runEnd: number): HeadOffice | null {
  if (!tokens[runEnd - 1].post.startsWith(',')) return null;
  let i = DETERMINERS.has(keys[runEnd]) ? runEnd + 1 : runEnd;
  const from = i;
  while (i < tokens.length && isQualifier(keys[i]) && !tokens[i].possessive && spaced(tokens[i])) i++;
  if (keys[i] !== 'head' || tokens[i].sentence !== tokens[runEnd - 1].sentence) return null;
  const end = complementEnd(tokens, i);
  if (end === null) return null;
  return { ...readOffice(tokens.slice(from, end)), rule: 'head-of', from };
}

/** "the [deputy] head of X, NAME": the office before a name starting at tokens[runStart], set off by a comma. */
export function headOfficeBefore(tokens: Token[], keys: string[], runStart: number): HeadOffice | null {
  const last = runStart - 1;
  if (last < 2 || !/^,\s+$/.test(tokens[last].post) || tokens[last].sentence !== tokens[runStart].sentence) return null;
  for (let head = last - 2; head >= Math.max(0, last - MAX_COMPLEMENT - 1); head--) {
    if (keys[head] !== 'head') continue;
    if (complementEnd(tokens, head) !== runStart) return null;
    const from = modifiersBefore(tokens, head);
    // "the head of", "Kenya's head of": a determiner or an owner says it is an office.
    const before = tokens[from - 1];
    if (!before || !(DETERMINERS.has(before.key) || before.possessive) || !spaced(before)) return null;
    return { ...readOffice(tokens.slice(from, runStart)), rule: 'head-of', from };
  }
  return null;
}
