// News gold actors: persons matched one-to-one by surname (same full name first), then their full
// name, title and country judged over the matches; organizations and countries matched by name.
// The gold has no place or group actors, so the system's are not scored here.
import type { Actor, DocumentRecord } from '../../schema.js';
import type { GoldActor, GoldWith } from '../gold.js';
import { normalizeName, surname } from '../names.js';
import { pairByKey } from '../pairing.js';
import { addMatching, emptyRow, sumRows, type AccuracyRow, type ErrorItem, type SectionScore } from '../score.js';

const SCORED_TYPES = ['person', 'organization', 'country'] as const;

const sameText = (a: string | null, b: string | null) => (a === null || b === null ? a === b : normalizeName(a) === normalizeName(b));
const show = (a: Pick<Actor, 'name' | 'title' | 'country'>) => `${a.name} (title ${a.title ?? '-'}, country ${a.country ?? '-'})`;

export function scoreNewsActors(docs: ReadonlyArray<{ gold: GoldWith<'actors'>; record: DocumentRecord }>): SectionScore {
  const rows = new Map(SCORED_TYPES.map((type) => [type, emptyRow(type)]));
  const attributes = { name: 0, title: 0, country: 0, total: 0 };
  const errors: ErrorItem[] = [];
  for (const { gold, record } of docs) {
    for (const type of SCORED_TYPES) {
      const goldActors = gold.actors.filter((actor) => actor.type === type);
      const systemActors = record.actors.filter((actor) => actor.type === type);
      const key = type === 'person' ? surname : normalizeName;
      const { pairs, missed, spurious } = pairByKey<GoldActor, Actor>(
        goldActors,
        systemActors,
        (actor) => key(actor.name),
        (actor) => key(actor.name),
        [(g, s) => sameText(g.name, s.name), () => true],
      );
      addMatching(rows.get(type)!, pairs.length, goldActors.length, systemActors.length);
      for (const actor of missed) errors.push({ doc: gold.id, type: 'fn', text: `${type} ${show(actor)}` });
      for (const actor of spurious) errors.push({ doc: gold.id, type: 'fp', text: `${type} ${show(actor)}` });
      if (type !== 'person') continue;
      for (const [g, s] of pairs) {
        const right = { name: sameText(g.name, s.name), title: sameText(g.title, s.title), country: sameText(g.country, s.country) };
        attributes.total++;
        attributes.name += Number(right.name);
        attributes.title += Number(right.title);
        attributes.country += Number(right.country);
        if (!right.name || !right.title || !right.country) {
          errors.push({ doc: gold.id, type: 'diff', text: `person gold ${show(g)} | system ${show(s)}` });
        }
      }
    }
  }
  const typed = [...rows.values()];
  const accuracies: AccuracyRow[] = (['name', 'title', 'country'] as const).map((label) => ({
    label: `person-${label}`,
    correct: attributes[label],
    total: attributes.total,
  }));
  return {
    kind: 'actors',
    name: 'actors',
    title: 'actors: news gold (persons by surname; organizations, countries by name)',
    documents: docs.length,
    // Organizations and acting countries together: the actors that are not people.
    rows: [...typed, sumRows('organization+country', [rows.get('organization')!, rows.get('country')!]), sumRows('micro', typed)],
    accuracies,
    errors,
  };
}
