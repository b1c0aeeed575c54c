// CoNLL-2003 style: every actor mention is an entity span typed PER/ORG/LOC; a prediction is right
// when gold has the same start, end and type. MISC has no actor type and is left out on both sides.
import type { ActorType, DocumentRecord } from '../../schema.js';
import type { GoldWith } from '../gold.js';
import { emptyRow, sumRows, type ErrorItem, type SectionScore } from '../score.js';

const ENTITY_TYPES = ['PER', 'ORG', 'LOC'] as const;
type EntityType = (typeof ENTITY_TYPES)[number];

const ENTITY_TYPE_OF: Partial<Record<ActorType, EntityType>> = {
  person: 'PER',
  organization: 'ORG',
  country: 'LOC',
  place: 'LOC',
};

interface Entity {
  start: number;
  end: number;
  text: string;
  type: EntityType;
}

const spanKey = (entity: Entity) => `${entity.start}:${entity.end}:${entity.type}`;
const show = (entity: Entity) => `${entity.type} "${entity.text}" ${entity.start}-${entity.end}`;

/** The record's actor mentions as typed entity spans; exact duplicates are collapsed. */
function recordEntities(record: DocumentRecord): Entity[] {
  const seen = new Map<string, Entity>();
  for (const actor of record.actors) {
    const type = ENTITY_TYPE_OF[actor.type];
    if (!type) continue;
    for (const { start, end, text } of actor.mentions) {
      const entity = { start, end, text, type };
      seen.set(spanKey(entity), entity);
    }
  }
  return [...seen.values()];
}

export function scoreEntities(docs: ReadonlyArray<{ gold: GoldWith<'entities'>; record: DocumentRecord }>): SectionScore {
  const counts = new Map(ENTITY_TYPES.map((type) => [type, emptyRow(type)]));
  const errors: ErrorItem[] = [];
  for (const { gold, record } of docs) {
    const goldByKey = new Map<string, Entity>();
    for (const { start, end, text, type } of gold.entities) {
      if (type !== 'MISC') goldByKey.set(spanKey({ start, end, text, type }), { start, end, text, type });
    }
    const found = new Set<string>();
    for (const entity of recordEntities(record)) {
      const key = spanKey(entity);
      const row = counts.get(entity.type)!;
      if (goldByKey.has(key)) {
        row.tp++;
        found.add(key);
      } else {
        row.fp++;
        errors.push({ doc: gold.id, type: 'fp', text: show(entity) });
      }
    }
    for (const [key, entity] of goldByKey) {
      if (found.has(key)) continue;
      counts.get(entity.type)!.fn++;
      errors.push({ doc: gold.id, type: 'fn', text: show(entity) });
    }
  }
  const typed = [...counts.values()];
  return {
    kind: 'actors',
    name: 'entities',
    title: 'actors: CoNLL-2003 entity mentions, exact span (MISC ignored)',
    documents: docs.length,
    rows: [...typed, sumRows('micro', typed)],
    accuracies: [],
    errors,
  };
}
