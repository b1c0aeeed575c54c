// "Prime Minister of Pakistan, Muhammad Shehbaz Sharif, said": an office of a state set off by a
// comma before the name is the name's title and country (rule 'office-of-state-before-name').
import { tagRules } from '../provenance.js';
import type { Candidate } from './candidates.js';
import { COUNTRY_BY_NAME, COUNTRY_NAME_WIDTHS, officeLengthAt } from './lexicon-index.js';
import { keyOf, officeText } from './offices-around.js';
import type { Token } from './tokens.js';

interface Read {
  c: Candidate;
  reading: { type: string };
  rules: string[];
}

/** The state whose name ends at tokens[end - 1], and where it starts. */
function stateEndingAt(tokens: Token[], end: number): { country: string; from: number } | null {
  for (const width of COUNTRY_NAME_WIDTHS) {
    const from = end - width;
    const country = from >= 0 ? COUNTRY_BY_NAME.get(keyOf(tokens.slice(from, end))) : undefined;
    if (country) return { country, from };
  }
  return null;
}

/**
 * The capitalised office ending right before tokens[end], opening its sentence (after "The" too) or
 * after a lower-case word or a colon; after "Putin, " it is Putin's apposition instead.
 */
function officeEndingAt(tokens: Token[], keys: string[], end: number): number | null {
  for (let from = Math.max(0, end - 4); from < end; from++) {
    if (officeLengthAt(keys, from) !== end - from || !/^\p{Lu}/u.test(tokens[from].text)) continue;
    const before = tokens[from - 1];
    if (!before || before.sentence !== tokens[from].sentence || before.text === before.key || before.key === 'the' || /[:(—–]\s*$/.test(before.post)) return from;
  }
  return null;
}

export function officeOfStateBeforeName(read: Read[], tokens: Token[], position: Map<Token, number>): void {
  const keys = tokens.map((t) => t.key);
  for (const r of read) {
    if (r.reading.type !== 'person' || r.c.title !== null) continue;
    const first = position.get(r.c.tokens[0])!;
    if (first < 3 || !/^,\s+$/.test(tokens[first - 1].post) || tokens[first - 1].sentence !== tokens[first].sentence) continue;
    const state = stateEndingAt(tokens, first);
    if (!state) continue;
    const of = tokens[state.from - 1]?.key === 'the' ? state.from - 2 : state.from - 1;
    if (keys[of] !== 'of') continue;
    const from = officeEndingAt(tokens, keys, of);
    if (from === null) continue;
    r.c.title = officeText(tokens.slice(from, of));
    r.c.country = state.country;
    tagRules(r, 'office-of-state-before-name');
  }
}
