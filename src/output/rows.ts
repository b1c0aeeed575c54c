// Every record of a document flattened to one row with fixed columns, shared by CSV and Markdown.
import type { Actor, DocumentRecord } from '../schema.js';

export const COLUMNS = ['document', 'kind', 'subject', 'object', 'date', 'count', 'qualifier', 'text', 'start', 'end'] as const;
export type Row = Record<(typeof COLUMNS)[number], string>;

function actorNames(record: DocumentRecord): Map<string, Actor> {
  return new Map(record.actors.map((a) => [a.id, a]));
}

const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

export function recordRows(record: DocumentRecord): Row[] {
  const actors = actorNames(record);
  const name = (id: string | null) => (id ? (actors.get(id)?.name ?? id) : '');
  const document = record.id;
  const rows: Row[] = [];
  for (const a of record.actors) {
    const first = a.mentions[0];
    rows.push({
      document, kind: 'actor', subject: a.name, object: [a.title, a.country].filter(Boolean).join(', '),
      date: '', count: String(a.mentions.length), qualifier: a.type,
      text: first?.text ?? a.name, start: num(first?.start), end: num(first?.end),
    });
  }
  for (const c of record.calls) {
    rows.push({
      document, kind: 'call', subject: name(c.participants[0] ?? null), object: c.participants.slice(1).map(name).join('; '),
      date: c.date?.value ?? '', count: '', qualifier: `${c.medium} ${c.cameo}`,
      text: c.evidence.text, start: num(c.evidence.start), end: num(c.evidence.end),
    });
  }
  for (const p of record.appeals) {
    rows.push({
      document, kind: 'appeal', subject: name(p.actor), object: p.demand, date: '', count: '', qualifier: p.verb,
      text: p.evidence.text, start: num(p.evidence.start), end: num(p.evidence.end),
    });
  }
  for (const d of record.dates) {
    rows.push({
      document, kind: 'date', subject: d.type, object: '', date: d.value, count: '', qualifier: '',
      text: d.text, start: num(d.start), end: num(d.end),
    });
  }
  for (const c of record.casualties) {
    rows.push({
      document, kind: 'casualty', subject: c.kind, object: c.victims ?? (c.actor ? name(c.actor) : ''), date: '',
      count: num(c.count), qualifier: c.qualifier, text: c.text, start: num(c.start), end: num(c.end),
    });
  }
  return rows;
}
