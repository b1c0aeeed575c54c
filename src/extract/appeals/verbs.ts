// Finds appeal verbs in a sentence: a small pattern finds the words that may open an entry, the
// lexicon entry of a hit is told apart afterwards (hits are few).
import { APPEAL_VERBS, type AppealVerb } from '../../lexicon/appeal-verbs.js';

export interface AppealMatch {
  start: number;
  end: number;
  verb: AppealVerb;
}

/** "called on Tuesday for", "appealed on Monday for": the day may stand between the verb and its particle. */
const DAY_ADJUNCT = '(?:on\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\s+)?';

/**
 * "…" in a phrase stands for up to six words ("pressed all members of the alliance to"); the gap is
 * bounded, so the pattern stays linear. A quote may open between words ('called "on Iran to ...').
 */
function phrasePattern(phrase: string): string {
  const words = phrase.split(' ');
  return words
    .map((w, i) => {
      if (w === '…') return '(?:\\S+\\s+){0,6}?';
      const word = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (i === words.length - 1) return word;
      return `${word}\\s+${i === 0 ? DAY_ADJUNCT : ''}["“‘]?`;
    })
    .join('');
}

const ENTRIES = [...APPEAL_VERBS]
  .sort((a, b) => b.phrase.length - a.phrase.length)
  .map((verb) => ({ verb, re: new RegExp(`^${phrasePattern(verb.phrase)}\\b`, 'i') }));
/**
 * Words that may open an entry, by their first four letters: a small pattern for the scan. One
 * alternation of every phrase would be large enough that V8's machine code for it cannot go into
 * the start-up snapshot (node 20 aborts writing it).
 */
const PREFIX_LENGTH = 4;
const OPENERS = [...new Set(APPEAL_VERBS.map((v) => v.phrase.split(' ')[0].slice(0, PREFIX_LENGTH).toLowerCase()))].sort();
const OPENER_RE = new RegExp(`\\b(?:${OPENERS.join('|')})[a-z]*\\b`, 'gi');

/** The longest entry that opens `rest`, and how long its match is. */
function entryAt(rest: string): { verb: AppealVerb; length: number } | null {
  for (const entry of ENTRIES) {
    const m = entry.re.exec(rest);
    if (m) return { verb: entry.verb, length: m[0].length };
  }
  return null;
}

export function findAppealVerbs(text: string, from: number, to: number): AppealMatch[] {
  const body = text.slice(from, to);
  const found: AppealMatch[] = [];
  OPENER_RE.lastIndex = 0;
  for (let m = OPENER_RE.exec(body); m; m = OPENER_RE.exec(body)) {
    const hit = entryAt(body.slice(m.index));
    if (!hit) continue;
    found.push({ start: from + m.index, end: from + m.index + hit.length, verb: hit.verb });
    OPENER_RE.lastIndex = m.index + hit.length;
  }
  return found;
}
