// Finds appeal verbs in a sentence: a small pattern finds the words that may open an entry, the
// lexicon entry of a hit is told apart afterwards (hits are few).
import { APPEAL_VERBS, type AppealVerb } from '../../lexicon/appeal-verbs.js';

export interface AppealMatch {
  start: number;
  end: number;
  verb: AppealVerb;
}

/**
 * "called on Tuesday for", "appealed on Monday for", "called repeatedly for", "appealed again to":
 * the day or an adverb may stand between the verb and its particle.
 */
const DAY_ADJUNCT =
  '(?:(?:on\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|again|once\\s+again|also|repeatedly|publicly|openly|formally|explicitly|separately|previously|earlier|today|yesterday)\\s+)?';

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

/**
 * The entries that open `rest`, longest first: the longest with a gap ("pushed … to") and the longest
 * without one ("pushed for"), as the gap may turn out to hold no one the appeal addresses.
 */
function entriesAt(rest: string): { verb: AppealVerb; length: number }[] {
  const found: { verb: AppealVerb; length: number }[] = [];
  for (const entry of ENTRIES) {
    const m = entry.re.exec(rest);
    if (!m) continue;
    const gap = entry.verb.phrase.includes('…');
    if (found.some((f) => f.verb.phrase.includes('…') === gap)) continue;
    found.push({ verb: entry.verb, length: m[0].length });
    if (!gap) break;
  }
  return found;
}

export function findAppealVerbs(text: string, from: number, to: number): AppealMatch[] {
  const body = text.slice(from, to);
  const found: AppealMatch[] = [];
  OPENER_RE.lastIndex = 0;
  for (let m = OPENER_RE.exec(body); m; m = OPENER_RE.exec(body)) {
    const hits = entriesAt(body.slice(m.index));
    for (const hit of hits) found.push({ start: from + m.index, end: from + m.index + hit.length, verb: hit.verb });
    // "told reporters, urging partners to": a verb inside a gap is read on its own.
    const last = hits[hits.length - 1];
    if (last && !last.verb.phrase.includes('…')) OPENER_RE.lastIndex = m.index + last.length;
  }
  return found;
}
