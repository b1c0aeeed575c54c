// News gold appeals, matched one-to-one by who appeals (persons by surname, others by name).
import type { Appeal, DocumentRecord } from '../../schema.js';
import type { GoldAppeal, GoldWith } from '../gold.js';
import { goldActorKey, systemActorKey, systemActorName } from '../names.js';
import { pairByKey } from '../pairing.js';
import { addMatching, emptyRow, type ErrorItem, type SectionScore } from '../score.js';

export function scoreAppeals(docs: ReadonlyArray<{ gold: GoldWith<'appeals'>; record: DocumentRecord }>): SectionScore {
  const row = emptyRow('who');
  const errors: ErrorItem[] = [];
  for (const { gold, record } of docs) {
    const actors = gold.actors ?? [];
    const { pairs, missed, spurious } = pairByKey<GoldAppeal, Appeal>(
      gold.appeals,
      record.appeals,
      (appeal) => goldActorKey(appeal.actor, actors),
      (appeal) => systemActorKey(appeal.actor, record.actors),
    );
    addMatching(row, pairs.length, gold.appeals.length, record.appeals.length);
    for (const appeal of missed) errors.push({ doc: gold.id, type: 'fn', text: `${appeal.actor}: ${appeal.demand ?? ''}` });
    for (const appeal of spurious) {
      errors.push({ doc: gold.id, type: 'fp', text: `${systemActorName(appeal.actor, record.actors)} ${appeal.verb}: ${appeal.demand}` });
    }
  }
  return {
    kind: 'appeals',
    name: 'appeals',
    title: 'appeals: who appeals',
    documents: docs.length,
    rows: [row],
    accuracies: [],
    errors,
  };
}
