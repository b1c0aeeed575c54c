import { RECORD_KINDS, type RecordKind } from '../kinds.js';
import type { DocumentRecord } from '../schema.js';

/** Counts for the closing summary line and for --fail-on. */
export class Tally {
  documents = 0;
  failures = 0;
  warnings = 0;
  readonly perKind = Object.fromEntries(RECORD_KINDS.map((k) => [k, 0])) as Record<RecordKind, number>;

  add(record: DocumentRecord): void {
    this.documents++;
    this.warnings += record.warnings.length;
    for (const kind of RECORD_KINDS) this.perKind[kind] += record[kind].length;
  }

  failed(): void {
    this.failures++;
  }

  get records(): number {
    return RECORD_KINDS.reduce((n, k) => n + this.perKind[k], 0);
  }

  summary(): string {
    const kinds = RECORD_KINDS.map((k) => `${this.perKind[k]} ${k}`).join(', ');
    return `${this.documents} document${this.documents === 1 ? '' : 's'} (${kinds}); ${this.failures} failed`;
  }
}
