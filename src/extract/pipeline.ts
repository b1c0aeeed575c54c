import { SCHEMA_ID, type DocumentRecord, type RecordKind, RECORD_KINDS } from '../schema.js';
import type { NewsDocument } from '../document/types.js';
import { createContext } from './context.js';
import { extractActors } from './actors/index.js';
import { extractAppeals } from './appeals/index.js';
import { extractCalls } from './calls/index.js';
import { extractCasualties } from './casualties/index.js';
import { extractDates } from './dates/index.js';

/**
 * Runs the extractors in dependency order: dates and actors first, because calls, appeals and
 * casualties point at them. Kinds left out of `only` are still computed when another kind needs
 * them, and dropped from the record.
 */
export function extractFromDocument(doc: NewsDocument, only: readonly RecordKind[] = RECORD_KINDS): DocumentRecord {
  const wanted = new Set(only);
  const needsActors = wanted.has('actors') || wanted.has('calls') || wanted.has('appeals') || wanted.has('casualties');
  const needsDates = wanted.has('dates') || wanted.has('calls') || wanted.has('casualties');

  const ctx = createContext(doc);
  if (needsDates) ctx.dates = extractDates(ctx);
  if (needsActors) ctx.actors = extractActors(ctx);
  const calls = wanted.has('calls') ? extractCalls(ctx) : [];
  const appeals = wanted.has('appeals') ? extractAppeals(ctx) : [];
  const casualties = wanted.has('casualties') ? extractCasualties(ctx) : [];

  return {
    schema: SCHEMA_ID,
    id: doc.id,
    source: doc.source,
    publishedAt: doc.publishedAt,
    referenceDate: doc.reference?.value ?? null,
    dateline: doc.dateline,
    actors: wanted.has('actors') ? ctx.actors : [],
    calls,
    appeals,
    dates: wanted.has('dates') ? ctx.dates.map(({ text, start, end, type, value }) => ({ text, start, end, type, value })) : [],
    casualties,
    warnings: doc.warnings,
  };
}
