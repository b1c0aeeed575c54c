// Long documents are read in segments, so the compromise parse (which keeps every term of the
// text it is given) never holds more than one segment: memory stays flat for any document size.
import type { NewsDocument, TextSpan } from '../document/types.js';

/** Largest segment, in characters: its compromise parse holds about 7 MB, and few articles are longer. */
export const SEGMENT_CHARS = 64_000;

const BREAK_RE = /\s/;

/** Where to end a piece of text that must stop at `limit`: the last whitespace, else the limit itself. */
function cutBefore(text: string, from: number, limit: number): number {
  for (let at = limit; at > from + (limit - from) / 2; at--) if (BREAK_RE.test(text[at])) return at;
  // A cut between the halves of a surrogate pair would leave broken characters in both segments.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** The last of the sorted `ends` in (after, limit], or -1 (binary search: a long text has many). */
function lastEndIn(ends: readonly number[], after: number, limit: number): number {
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ends[mid] <= limit) low = mid + 1;
    else high = mid;
  }
  return low > 0 && ends[low - 1] > after ? ends[low - 1] : -1;
}

/**
 * Consecutive spans of at most `size` characters that together cover the text, cut at a paragraph
 * end in the second half of the window where there is one, else at the last sentence end, else at
 * whitespace. One span for a short document.
 */
export function segmentSpans(doc: NewsDocument, size = SEGMENT_CHARS): TextSpan[] {
  const { text } = doc;
  if (text.length <= size) return [{ start: 0, end: text.length }];
  const paragraphEnds = doc.paragraphs.map((p) => p.end);
  const sentenceEnds = doc.sentences.map((s) => s.end);
  const spans: TextSpan[] = [];
  let start = 0;
  while (text.length - start > size) {
    const limit = start + size;
    let end = lastEndIn(paragraphEnds, start + size / 2, limit);
    if (end < 0) end = lastEndIn(sentenceEnds, start, limit);
    if (end < 0) end = cutBefore(text, start, limit);
    spans.push({ start, end });
    start = end;
  }
  spans.push({ start, end: text.length });
  return spans;
}

/** Spans (sorted, not overlapping) clipped to the segment, with offsets counted from its start. */
function clip<T extends TextSpan>(spans: readonly T[], segment: TextSpan): T[] {
  // The first span ending inside or after the segment, by binary search: a long text has many.
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (spans[mid].end <= segment.start) low = mid + 1;
    else high = mid;
  }
  const clipped: T[] = [];
  for (let i = low; i < spans.length && spans[i].start < segment.end; i++) {
    const start = Math.max(spans[i].start, segment.start);
    const end = Math.min(spans[i].end, segment.end);
    if (start < end) clipped.push({ ...spans[i], start: start - segment.start, end: end - segment.start });
  }
  return clipped;
}

/** The part of a document inside one segment, as a document of its own whose offsets start at 0. */
export function segmentDocument(doc: NewsDocument, segment: TextSpan): NewsDocument {
  const datelineSpan = doc.datelineSpan && clip([doc.datelineSpan], segment)[0];
  return {
    ...doc,
    text: doc.text.slice(segment.start, segment.end),
    contentStart: Math.min(Math.max(0, doc.contentStart - segment.start), segment.end - segment.start),
    furniture: clip(doc.furniture, segment),
    datelineSpan: datelineSpan ?? null,
    paragraphs: clip(doc.paragraphs, segment),
    sentences: clip(doc.sentences, segment),
    warnings: [],
  };
}
