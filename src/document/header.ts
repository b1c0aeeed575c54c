// Stored-page header: " date 2026-03-10 Summary Vladimir Putin ..." or " date 2017-03 MOSCOW ...".
import type { TextSpan } from './types.js';

/** Words a page store puts after the date; they label the page, never name anything. */
const HEADER_LABELS = ['Summary', 'Abstract', 'Highlights'];

const HEADER_RE = new RegExp(`^\\s*date\\s+(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)\\s+(?:(${HEADER_LABELS.join('|')})\\b\\s*)?`);

export interface Header {
  publishedAt: string;
  /** Where the article content starts, after the date and any label word. */
  contentStart: number;
  /** The label word's span ("Summary"), if any. */
  label: TextSpan | null;
}

export function readHeader(text: string): Header | null {
  const m = HEADER_RE.exec(text);
  if (!m) return null;
  let label: TextSpan | null = null;
  if (m[2]) {
    const start = m.index + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length);
    label = { start, end: start + m[2].length };
  }
  return { publishedAt: m[1], contentStart: m.index + m[0].length, label };
}
