import type { Dateline, Warning } from '../schema.js';
import type { FurnitureSpan } from './furniture/types.js';

/** A sentence or paragraph span of the document text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A calendar anchor with the precision the text gave it. */
export interface Anchor {
  /** TIMEX3 value as given: "2026-03-10", "2017-03", "XXXX-09-15". */
  value: string;
  year: number | null;
  month: number | null;
  day: number | null;
}

/** One article, read and segmented; every offset indexes `text`. */
export interface NewsDocument {
  id: string;
  source: string;
  /** Text after BOM removal and CRLF→LF: what offsets index. */
  text: string;
  /** Offset where article content starts (after a stored-page header such as " date 2026-03-10 Summary"). */
  contentStart: number;
  /** Page furniture (menus, captions, bylines, stamps, header words such as "Summary"): never a source of facts. Sorted, not overlapping. */
  furniture: FurnitureSpan[];
  publishedAt: string | null;
  /** What relative dates resolve against: --ref-date, else publishedAt, else null. */
  reference: Anchor | null;
  dateline: Dateline | null;
  /** Span of the dateline prefix ("MOSCOW/TEHRAN (Web Desk) –"), which holds sources, not actors. */
  datelineSpan: TextSpan | null;
  sentences: TextSpan[];
  paragraphs: TextSpan[];
  warnings: Warning[];
}
