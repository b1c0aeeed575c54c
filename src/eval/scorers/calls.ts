// News gold calls: a call is right when its participant set matches the gold's (persons by surname,
// organizations and countries by name) and, when the gold has a date, the date value matches.
// The same without the date shows how much of the error is the date alone.
import type { Call, DocumentRecord } from '../../schema.js';
import type { GoldCall, GoldWith } from '../gold.js';
import { goldActorKey, systemActorKey, systemActorName } from '../names.js';
import { pairByKey } from '../pairing.js';
import { addMatching, emptyRow, type ErrorItem, type SectionScore } from '../score.js';

interface CallView {
  participants: string;
  date: string | null;
  show: string;
}

const participantSet = (keys: readonly string[]) => [...new Set(keys)].sort().join(' + ');

/** A day value matches the same day with a time ("2026-03-10T14:00"). */
function sameCallDate(gold: string, system: string | null): boolean {
  return system !== null && (system === gold || system.startsWith(`${gold}T`));
}

function goldCallView(call: GoldCall, gold: GoldWith<'calls'>): CallView {
  const actors = gold.actors ?? [];
  return {
    participants: participantSet(call.participants.map((name) => goldActorKey(name, actors))),
    date: call.date,
    show: `${call.participants.join(' / ')} on ${call.date ?? '?'}`,
  };
}

function systemCallView(call: Call, record: DocumentRecord): CallView {
  const names = call.participants.map((id) => systemActorName(id, record.actors));
  return {
    participants: participantSet(call.participants.map((id) => systemActorKey(id, record.actors))),
    date: call.date?.value ?? null,
    show: `${names.join(' / ')} on ${call.date?.value ?? '?'} "${call.evidence.text}"`,
  };
}

export function scoreCalls(docs: ReadonlyArray<{ gold: GoldWith<'calls'>; record: DocumentRecord }>): SectionScore {
  const withDate = emptyRow('with-date');
  const withoutDate = emptyRow('without-date');
  const errors: ErrorItem[] = [];
  for (const { gold, record } of docs) {
    const goldCalls = gold.calls.map((call) => goldCallView(call, gold));
    const systemCalls = record.calls.map((call) => systemCallView(call, record));
    const key = (call: CallView) => call.participants;
    // Dated gold calls pick first, so an undated one cannot take the only call with their date.
    const dated = pairByKey(goldCalls, systemCalls, key, key, [
      (g, s) => g.date !== null && sameCallDate(g.date, s.date),
      (g) => g.date === null,
    ]);
    const undated = pairByKey(goldCalls, systemCalls, key, key);
    addMatching(withDate, dated.pairs.length, goldCalls.length, systemCalls.length);
    addMatching(withoutDate, undated.pairs.length, goldCalls.length, systemCalls.length);
    for (const call of dated.missed) errors.push({ doc: gold.id, type: 'fn', text: call.show });
    for (const call of dated.spurious) errors.push({ doc: gold.id, type: 'fp', text: call.show });
  }
  return {
    kind: 'calls',
    name: 'calls',
    title: 'calls: participant set (persons by surname), with and without the date',
    documents: docs.length,
    rows: [withDate, withoutDate],
    accuracies: [],
    errors,
  };
}
