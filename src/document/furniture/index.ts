// Page furniture as typed spans of the document: kept in the text so offsets hold, never a source
// of actors, calls, appeals, dates or casualty figures. The headline is content, not furniture.
import { BYLINE_BEFORE, type Stamp } from '../published/stamps.js';
import type { TextSpan } from '../types.js';
import { FURNITURE_RULES, plain } from './rules.js';
import type { FurnitureContext, FurnitureSpan, Line } from './types.js';

export type { FurnitureKind, FurnitureSpan } from './types.js';

/** How many of the first lines may hold the headline that a page prints again. */
const HEAD_LINES = 3;
/** The time and zone after a stamp's date: " 1:44:31 PM", " | 12:15 PM", " 04.53 EDT", " 21:42 (UTC +04:00)". */
const TIME_AFTER_RE = /^[ \t]*(?:[|,-][ \t]*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,4}\b)?(?:[ \t]*\(UTC[^)\n]{0,12}\))?/;


function linesOf(text: string, from: number): Line[] {
  const lines: Line[] = [];
  for (let start = from; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (end > start) lines.push({ start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return lines;
}

/** A stamp with its time after it, and the byline before it when that is all its line holds before it. */
function stampSpan(text: string, stamp: Stamp): FurnitureSpan {
  const lineStart = text.lastIndexOf('\n', stamp.start - 1) + 1;
  const time = TIME_AFTER_RE.exec(text.slice(stamp.end, stamp.end + 40));
  // A place in capitals before a date is a dateline's, not a byline.
  const start = BYLINE_BEFORE.test(text.slice(lineStart, stamp.start)) ? lineStart : stamp.start;
  return { start, end: stamp.end + (time?.[0].length ?? 0), kind: 'date-stamp', rule: stamp.rule };
}

/** Sorted by start, overlaps joined (the first rule's kind kept), as the segmenter's binary search expects. */
function joined(spans: FurnitureSpan[]): FurnitureSpan[] {
  const out: FurnitureSpan[] = [];
  for (const span of spans.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

export function findFurniture(text: string, contentStart: number, stamps: readonly Stamp[], headerLabel: TextSpan | null): FurnitureSpan[] {
  const lines = linesOf(text, contentStart);
  const headLines = new Map<string, number>();
  lines.slice(0, HEAD_LINES).forEach((line, index) => {
    const key = plain(line.text);
    if (!headLines.has(key)) headLines.set(key, index);
  });
  const ctx: FurnitureContext = { text, lines, contentStart, headLines };
  const spans: FurnitureSpan[] = headerLabel ? [{ ...headerLabel, kind: 'header-label', rule: 'header-label' }] : [];
  for (const stamp of stamps) spans.push(stampSpan(text, stamp));
  lines.forEach((line, index) => {
    for (const rule of FURNITURE_RULES) {
      const found = rule.extract(line, index, ctx);
      for (const span of Array.isArray(found) ? found : found ? [found] : []) spans.push({ ...span, kind: rule.kind, rule: rule.id });
    }
  });
  return joined(spans);
}
