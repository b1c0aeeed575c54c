// One document's record as rows of the corpus tables, each row's values in the column order of
// schema.ts.
import type { DocumentRecord } from '../schema.js';
import type { TableName } from './schema.js';

export type TableRows = Record<TableName, unknown[][]>;

/** What the database keeps about an article beyond its record. */
export interface DocumentFacts {
  url: string | null;
  chars: number;
  textHash: string;
  settings: string;
}

/** A calendar day as a DATE value, from a value that starts with YYYY-MM-DD; null for anything else. */
export function dayOf(value: string | null | undefined): Date | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})(?![\d-])/.exec(value) : null;
  if (!m) return null;
  const day = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return day.getUTCMonth() === +m[2] - 1 && day.getUTCDate() === +m[3] ? day : null;
}

/** The CAMEO code a call record carries once the extractor gives one; null before. */
const cameoOf = (call: object): string | null => ('cameo' in call && typeof call.cameo === 'string' ? call.cameo : null);

export function tableRows(record: DocumentRecord, facts: DocumentFacts): TableRows {
  const doc = record.id;
  return {
    documents: [[
      doc, record.source, facts.url, dayOf(record.publishedAt), dayOf(record.referenceDate),
      record.dateline?.places ?? [], record.dateline?.agency ?? null, facts.chars, facts.textHash, facts.settings,
    ]],
    actors: record.actors.map((a) => [doc, a.id, a.type, a.name, a.title, a.country, a.aliases, a.mentions.length]),
    mentions: record.actors.flatMap((a) => a.mentions.map((m) => [doc, a.id, m.text, m.start, m.end])),
    calls: record.calls.map((c) => [
      doc, c.id, c.medium, cameoOf(c), c.date?.text ?? null, c.date?.value ?? null, dayOf(c.date?.value), c.initiator, c.topics,
      c.evidence.text, c.evidence.start, c.evidence.end,
    ]),
    call_participants: record.calls.flatMap((c) => c.participants.map((actor, i) => [doc, c.id, actor, i + 1])),
    appeals: record.appeals.map((p, i) => [doc, i + 1, p.actor, p.verb, p.demand, p.evidence.text, p.evidence.start, p.evidence.end]),
    dates: record.dates.map((d, i) => [doc, i + 1, d.text, d.type, d.value, d.start, d.end]),
    casualties: record.casualties.map((k, i) => [
      doc, i + 1, k.kind, k.count, k.min, k.max, k.qualifier, k.victims, k.actor ?? null, k.text, k.start, k.end,
    ]),
    warnings: record.warnings.map((w) => [doc, w.code, w.message]),
  };
}
