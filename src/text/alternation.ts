// A word list as a regular-expression alternation, for patterns compiled once from the lexicon.

/** Longest first, so an alternation never stops at a prefix ("months" before "month"); words escaped. */
export function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
