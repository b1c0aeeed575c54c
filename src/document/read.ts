import { parseAnchor } from './anchor.js';
import { calendarDate } from './calendar.js';
import { findFurniture } from './furniture/index.js';
import { readHeader } from './header.js';
import { readPublication } from './published/index.js';
import { splitParagraphs, splitSentences } from './sentences.js';
import type { NewsDocument } from './types.js';

export interface ReadOptions {
  id?: string;
  source?: string;
  /** A publication date known from outside the text (a JSONL field). */
  publishedAt?: string | null;
  /** Anchor for relative dates; wins over the publication date. */
  refDate?: string | null;
}

/** BOM removal and CRLF→LF: the only changes made to the text before offsets are counted. */
export function normalizeText(raw: string): string {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** A date given from outside ("2026-03-10", "2026-03-10T08:00:00Z", "2017-03") as a TIMEX3 value. */
function externalDate(value: string | null | undefined): string | null {
  return value ? calendarDate(value) : null;
}

/** The anchor asked for, which must be a real date: a wrong one would silently shift every relative date. */
function referenceOption(refDate: string | null | undefined): string | null {
  if (refDate === undefined || refDate === null) return null;
  const value = typeof refDate === 'string' ? calendarDate(refDate) : null;
  if (!value) throw new RangeError(`refDate: ${JSON.stringify(refDate)} is not a calendar date in the form YYYY-MM-DD`);
  return value;
}

export function readDocument(raw: string, options: ReadOptions = {}): NewsDocument {
  if (typeof raw !== 'string') throw new TypeError(`extract(text): text must be a string (the article), not ${raw === null ? 'null' : typeof raw}`);
  const refOption = referenceOption(options.refDate);
  const text = normalizeText(raw);
  const header = readHeader(text);
  const contentStart = header?.contentStart ?? 0;
  const publication = readPublication(text, contentStart, {
    header: header?.publishedAt ?? null,
    external: externalDate(options.publishedAt),
  });
  const { dateline } = publication;
  const furniture = findFurniture(text, contentStart, publication.stamps, header?.label ?? null);
  const publishedAt = publication.value;

  const refValue = refOption ?? publishedAt;
  const reference = refValue ? parseAnchor(refValue) : null;
  const paragraphs = splitParagraphs(text, contentStart);
  const warnings: NewsDocument['warnings'] = [];
  if (!reference || reference.year === null) {
    warnings.push({
      code: 'no-reference-date',
      message: reference
        ? `only a day without a year (${reference.value}) is known; relative dates keep XXXX for the year`
        : 'no publication date found and no --ref-date given; relative dates are left unresolved',
    });
  }
  return {
    id: options.id ?? '-',
    source: options.source ?? '-',
    text,
    contentStart,
    furniture,
    publishedAt,
    reference,
    // "4 March 2025 — " dates the story but names neither a place nor an agency: no dateline to print.
    dateline: dateline && (dateline.dateline.places.length > 0 || dateline.dateline.agency) ? dateline.dateline : null,
    datelineSpan: dateline?.span ?? null,
    paragraphs,
    sentences: splitSentences(text, paragraphs),
    warnings,
  };
}
