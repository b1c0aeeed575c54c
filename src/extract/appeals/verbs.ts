// Finds appeal verbs in a sentence: one combined pattern for the scan, the lexicon entry of a hit
// told apart afterwards (hits are few).
import { APPEAL_VERBS, type AppealVerb } from '../../lexicon/appeal-verbs.js';

export interface AppealMatch {
  start: number;
  end: number;
  verb: AppealVerb;
}

/**
 * "…" in a phrase stands for up to six words ("pressed all members of the alliance to"); the gap is
 * bounded, so the pattern stays linear. A quote may open between words ('called "on Iran to ...').
 */
function phrasePattern(phrase: string): string {
  return phrase
    .split(' ')
    .map((w) => (w === '…' ? '(?:\\S+\\s+){0,6}?' : `${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+["“‘]?`))
    .join('')
    .replace(/\\s\+\["“‘\]\?$/, '');
}

const ENTRIES = [...APPEAL_VERBS]
  .sort((a, b) => b.phrase.length - a.phrase.length)
  .map((verb) => ({ verb, re: new RegExp(`^${phrasePattern(verb.phrase)}\\b`, 'i') }));
const ANY_RE = new RegExp(`\\b(?:${ENTRIES.map((e) => e.re.source.slice(1, -2)).join('|')})\\b`, 'gi');

export function findAppealVerbs(text: string, from: number, to: number): AppealMatch[] {
  const body = text.slice(from, to);
  const found: AppealMatch[] = [];
  ANY_RE.lastIndex = 0;
  for (let m = ANY_RE.exec(body); m; m = ANY_RE.exec(body)) {
    const entry = ENTRIES.find((e) => e.re.test(m![0]));
    if (!entry) continue;
    found.push({ start: from + m.index, end: from + m.index + m[0].length, verb: entry.verb });
  }
  return found;
}
