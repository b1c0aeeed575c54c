// Paragraphs and sentences as offsets into the text.
import type { TextSpan } from './types.js';

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'adm', 'apr', 'aug', 'capt', 'cmdr', 'co', 'col', 'corp', 'dec', 'dr', 'feb', 'gen', 'gov', 'inc',
  'jan', 'jr', 'jul', 'jun', 'lt', 'ltd', 'maj', 'mr', 'mrs', 'ms', 'mt', 'no', 'nov', 'oct', 'prof',
  'rep', 'rev', 'sen', 'sep', 'sept', 'sgt', 'sr', 'st', 'vs',
]);

const BOUNDARY_RE = /[.!?]+["”’')\]]*\s+(?=["“‘(\[]?[A-Z0-9])/g;

/** Lines at least this long count towards a hard wrap; a wrapped line is at least this long. */
const WRAPPED_LINE_CHARS = 40;
/** A hard-wrapped text's lines are no longer than this (wire copy wraps at 65-80 characters). */
const WRAP_WIDTH_MAX = 90;
const WRAPPED_LINES_MIN = 4;
/** A line that ends a sentence or a heading: not joined to the next. */
const LINE_CLOSED_RE = /[.!?:;"”')\]]$/;

/**
 * Wire copy hard-wrapped at a fixed width ("Russian Foreign Minister Sergei\nLavrov held ..."):
 * no line is over the width, and at least half the long lines stop mid-sentence (rule hard-wrap).
 */
function isHardWrapped(lines: readonly TextSpan[], text: string): boolean {
  const long = lines.filter((l) => l.end - l.start >= WRAPPED_LINE_CHARS);
  if (long.length < WRAPPED_LINES_MIN || lines.some((l) => l.end - l.start > WRAP_WIDTH_MAX)) return false;
  const open = long.filter((l) => !LINE_CLOSED_RE.test(text.slice(l.start, l.end)));
  return open.length * 2 >= long.length;
}

export function splitParagraphs(text: string, from: number): TextSpan[] {
  const lines: (TextSpan & { follows: boolean })[] = [];
  const re = /[^\n]+/g;
  re.lastIndex = from;
  let lastEnd = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) continue;
    const start = m.index + lead;
    // A line that follows the one before with no blank line between may continue it.
    lines.push({ start, end: start + body.length, follows: lastEnd >= 0 && !/\n\s*\n/.test(text.slice(lastEnd, start)) });
    lastEnd = start + body.length;
  }
  if (!isHardWrapped(lines, text)) return lines.map(({ start, end }) => ({ start, end }));
  const spans: TextSpan[] = [];
  for (const line of lines) {
    const last = spans[spans.length - 1];
    const open = last && last.end - lastLineStart(text, last) >= WRAPPED_LINE_CHARS && !LINE_CLOSED_RE.test(text.slice(last.start, last.end));
    if (open && line.follows) last.end = line.end;
    else spans.push({ start: line.start, end: line.end });
  }
  return spans;
}

function lastLineStart(text: string, span: TextSpan): number {
  return Math.max(span.start, text.lastIndexOf('\n', span.end - 1) + 1);
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
