// An office described before the name and set off from it by a comma: "the UN special rapporteur
// on torture, Jane Roe,", "Russia's special envoy for trade, Ivan Petrov", "his representative,
// Ali Hassan", "health ministry spokesman, Omar Said said" (rule 'described-office').
import { officeLengthAt, ORG_HEADS } from './lexicon-index.js';
import { modifiersBefore } from './offices-around.js';
import type { Token } from './tokens.js';

/** Words that open what an office is for: "envoy for Syria", "rapporteur on torture", "ambassador to the UN". */
const COMPLEMENT_OPENERS = new Set(['for', 'on', 'to']);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their']);
/** The longest complement read: "for foreign investment and economic cooperation". */
const MAX_COMPLEMENT = 7;

/** The word before a described office says it is one: a determiner, a possessive ("Russia's"), an organization noun ("ministry"), or a name's capital. */
function introducesOffice(before: Token | undefined): boolean {
  if (!before || !/^ +$/.test(before.post)) return false;
  return DETERMINERS.has(before.key) || before.possessive || ORG_HEADS.has(before.key) || /^\p{Lu}/u.test(before.text);
}

/** An office ending at tokens[end] in lower case, and the index of its first word. */
function officeEndingAt(tokens: Token[], keys: string[], end: number): number | null {
  for (let len = 3; len >= 1; len--) {
    const from = end - len + 1;
    if (from >= 0 && officeLengthAt(keys, from) === len && tokens[from].text === tokens[from].key) return from;
  }
  return null;
}

/**
 * The office described before a name that follows a comma, with the complement that says what it is
 * for: {from, to} as token positions ([from, to) is the office as written), or null.
 */
export function describedOfficeBefore(tokens: Token[], keys: string[], runStart: number): { from: number; to: number } | null {
  const last = runStart - 1;
  if (last < 1 || !/^,\s+$/.test(tokens[last].post) || tokens[last].sentence !== tokens[runStart].sentence) return null;
  for (let end = last; end >= Math.max(0, last - MAX_COMPLEMENT - 1); end--) {
    if (end < last && (!/^ +$/.test(tokens[end].post) || tokens[end].sentence !== tokens[runStart].sentence)) return null;
    // "a spokesman for the firm he worked for, X": a clause is no complement.
    if (tokens[end + 1]?.tags.has('Verb') && end + 1 < runStart) return null;
    // The words between the office and the comma must open with "for", "on" or "to".
    if (end < last && !COMPLEMENT_OPENERS.has(keys[end + 1])) continue;
    const office = officeEndingAt(tokens, keys, end);
    if (office === null) continue;
    const from = modifiersBefore(tokens, office);
    return introducesOffice(tokens[from - 1]) ? { from, to: runStart } : null;
  }
  return null;
}
