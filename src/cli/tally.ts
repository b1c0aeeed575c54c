import { RECORD_KINDS, type RecordKind } from '../kinds.js';
import type { DocumentRecord } from '../schema.js';

/** What the summary needs of one document's record. */
export interface RecordCounts {
  warnings: number;
  perKind: Record<RecordKind, number>;
}

const perKind = (count: (kind: RecordKind) => number) =>
  Object.fromEntries(RECORD_KINDS.map((k) => [k, count(k)])) as Record<RecordKind, number>;

export function countRecords(record: DocumentRecord): RecordCounts {
  return { warnings: record.warnings.length, perKind: perKind((k) => record[k].length) };
}

const SINGULAR: Record<RecordKind, string> = { actors: 'actor', calls: 'call', appeals: 'appeal', dates: 'date', casualties: 'casualty' };

/** "1 call", "2 calls". */
export const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Counts for the closing summary line and for --fail-on. */
export class Tally {
  documents = 0;
  failures = 0;
  warnings = 0;
  readonly perKind = perKind(() => 0);

  add(counts: RecordCounts): void {
    this.documents++;
    this.warnings += counts.warnings;
    for (const kind of RECORD_KINDS) this.perKind[kind] += counts.perKind[kind];
  }

  failed(): void {
    this.failures++;
  }

  get records(): number {
    return RECORD_KINDS.reduce((n, k) => n + this.perKind[k], 0);
  }

  summary(): string {
    const kinds = RECORD_KINDS.map((k) => counted(this.perKind[k], SINGULAR[k], k)).join(', ');
    return `${counted(this.documents, 'document', 'documents')} (${kinds}); ${this.failures} failed`;
  }
}
