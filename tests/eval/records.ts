// Builders for hand-made system records, and a "perfect system" that turns gold into a record.
import { SCHEMA_ID, type Actor, type Casualty, type DocumentRecord } from '../../src/schema.js';
import type { GoldDoc } from '../../src/eval/gold.js';

export function record(id: string, parts: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    schema: SCHEMA_ID, id, source: '-', publishedAt: null, referenceDate: null, dateline: null,
    actors: [], calls: [], appeals: [], dates: [], casualties: [], warnings: [], ...parts,
  };
}

export function actor(id: string, type: Actor['type'], name: string, extra: Partial<Actor> = {}): Actor {
  return { id, type, name, title: null, country: null, aliases: [], mentions: [], ...extra };
}

export function casualty(kind: Casualty['kind'], count: number | null, qualifier: Casualty['qualifier'] = 'exact'): Casualty {
  return { kind, count, min: null, max: null, qualifier, victims: null, text: `${count ?? 'dozens'}`, start: 0, end: 0 };
}

const ENTITY_ACTOR_TYPE = { PER: 'person', ORG: 'organization', LOC: 'place' } as const;

/** What a perfect extractor would return for this gold document. */
export function goldAsRecord(gold: GoldDoc): DocumentRecord {
  const newsActors = (gold.actors ?? []).map((a, i) => actor(`A${i + 1}`, a.type, a.name, { title: a.title, country: a.country }));
  const idOf = (name: string) => newsActors.find((a) => a.name === name)?.id ?? name;
  const entityActors = (gold.entities ?? []).flatMap((e, i) =>
    e.type === 'MISC' ? [] : [actor(`E${i + 1}`, ENTITY_ACTOR_TYPE[e.type], e.text, { mentions: [{ start: e.start, end: e.end, text: e.text }] })],
  );
  const span = { start: 0, end: 0, text: '' };
  return record(gold.id, {
    publishedAt: gold.dct,
    dates: (gold.timexes ?? []).map(({ start, end, text, type, value }) => ({ start, end, text, type, value })),
    actors: [...newsActors, ...entityActors],
    calls: (gold.calls ?? []).map((c, i) => ({
      id: `C${i + 1}`, participants: c.participants.map(idOf), medium: 'phone' as const,
      date: c.date === null ? null : { text: c.date, value: c.date }, initiator: null, topics: [], evidence: span,
    })),
    appeals: (gold.appeals ?? []).map((a) => ({ actor: idOf(a.actor), verb: 'urged', demand: a.demand ?? '', evidence: span })),
    casualties: (gold.casualties ?? []).map((c) => casualty(c.kind, c.count, (c.qualifier ?? 'exact') as Casualty['qualifier'])),
  });
}
