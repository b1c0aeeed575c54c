// Paragraphs and sentences as offsets into the text.
import type { TextSpan } from './types.js';

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'adm', 'apr', 'aug', 'capt', 'cmdr', 'co', 'col', 'corp', 'dec', 'dr', 'feb', 'gen', 'gov', 'inc',
  'jan', 'jr', 'jul', 'jun', 'lt', 'ltd', 'maj', 'mr', 'mrs', 'ms', 'mt', 'no', 'nov', 'oct', 'prof',
  'rep', 'rev', 'sen', 'sep', 'sept', 'sgt', 'sr', 'st', 'vs',
]);

const BOUNDARY_RE = /[.!?]+["”’')\]]*\s+(?=["“‘(\[]?[A-Z0-9])/g;

export function splitParagraphs(text: string, from: number): TextSpan[] {
  const spans: TextSpan[] = [];
  const re = /[^\n]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) spans.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  return spans;
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  const before = /([A-Za-z]+)$/.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!before) return false;
  const word = before[1];
  // Single capitals are initials ("George W. Bush"), as are dotted acronyms ("U.S.").
  if (word.length === 1) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

export function splitSentences(text: string, paragraphs: TextSpan[]): TextSpan[] {
  const sentences: TextSpan[] = [];
  for (const para of paragraphs) {
    const body = text.slice(para.start, para.end);
    let start = 0;
    BOUNDARY_RE.lastIndex = 0;
    for (let m = BOUNDARY_RE.exec(body); m; m = BOUNDARY_RE.exec(body)) {
      if (m[0][0] === '.' && endsWithAbbreviation(body, m.index)) continue;
      const end = m.index + m[0].trimEnd().length;
      sentences.push({ start: para.start + start, end: para.start + end });
      start = m.index + m[0].length;
    }
    if (start < body.length) sentences.push({ start: para.start + start, end: para.end });
  }
  return sentences;
}
