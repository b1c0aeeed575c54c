// Provenance (--explain): every extractor tags its records with the ids of the rules that produced
// or changed them, so a wrong fact can be traced to its rule; without --explain the tags are dropped.
import type { DocumentRecord } from '../schema.js';

interface Tagged {
  rules?: string[];
}

/** Adds rule ids to a record's list, each once, in the order they acted. */
export function tagRules(record: Tagged, ...ids: readonly string[]): void {
  const rules = (record.rules ??= []);
  for (const id of ids) if (!rules.includes(id)) rules.push(id);
}

/** The ids of several records joined into one (merged mentions, merged call reports). */
export function unionRules(records: readonly Tagged[]): string[] {
  const rules: string[] = [];
  for (const record of records) tagRules({ rules }, ...(record.rules ?? []));
  return rules;
}

/** Drops the tags from every record of a document, in place: what a run without --explain prints. */
export function dropRules(record: DocumentRecord): void {
  for (const kind of [record.actors, record.calls, record.appeals, record.dates, record.casualties] as Tagged[][]) {
    for (const item of kind) delete item.rules;
  }
}
