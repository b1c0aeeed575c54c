// Writes records into a corpus database inside one transaction: all of a load or none of it, so
// an interrupted load (Ctrl-C, a crash, SIGKILL) leaves the database as it was. A document already
// there with the same id, text and settings is passed over; one whose text changed is replaced.
import { createHash } from 'node:crypto';
import type { DocumentRecord } from '../schema.js';
import type { Database } from './open.js';
import { TABLE_NAMES } from './schema.js';
import { tableRows, type DocumentFacts, type TableRows } from './rows.js';
import { Staging } from './staging.js';

export const textHash = (text: string) => createHash('sha256').update(text).digest('hex');

export interface LoadCounts {
  added: number;
  replaced: number;
  unchanged: number;
}

/** Replaced documents whose old rows are deleted together, in one statement per table. */
const REPLACE_BATCH = 256;

export class Loader {
  readonly counts: LoadCounts = { added: 0, replaced: 0, unchanged: 0 };
  private staging = new Staging();
  /** Documents in the database before this load: id → text hash and settings. */
  private before = new Map<string, string>();
  /** Documents this load has written. */
  private written = new Set<string>();
  /** Replacements held back until their old rows are deleted. */
  private held: { id: string; rows: TableRows }[] = [];

  private constructor(
    private readonly db: Database,
    private readonly settings: string,
  ) {}

  /** Starts the load's transaction. `settings` names what shapes a record (version, --only, --ref-date). */
  static async begin(db: Database, settings: string): Promise<Loader> {
    const loader = new Loader(db, settings);
    for (const row of await db.rows('SELECT doc_id, text_hash, settings FROM documents')) {
      loader.before.set(String(row.doc_id), `${row.text_hash} ${row.settings}`);
    }
    await db.run('BEGIN TRANSACTION');
    return loader;
  }

  /** False when the document is stored unchanged: it need not be extracted again. */
  wants(id: string, hash: string): boolean {
    const unchanged = this.written.has(id) ? false : this.before.get(id) === `${hash} ${this.settings}`;
    if (unchanged) this.counts.unchanged++;
    return !unchanged;
  }

  async write(record: DocumentRecord, facts: Omit<DocumentFacts, 'settings'>): Promise<void> {
    const id = record.id;
    const rows = tableRows(record, { ...facts, settings: this.settings });
    if (this.written.has(id)) {
      // The same id twice in one load: the later one wins.
      await this.staging.insertInto(this.db);
      await this.deleteRows([id]);
      this.staging.add(rows);
    } else if (this.before.has(id)) {
      this.counts.replaced++;
      this.held.push({ id, rows });
      if (this.held.length >= REPLACE_BATCH) await this.replaceHeld();
    } else {
      this.counts.added++;
      this.staging.add(rows);
    }
    this.written.add(id);
  }

  async commit(): Promise<void> {
    try {
      await this.replaceHeld();
      await this.staging.insertInto(this.db);
      await this.db.run('COMMIT');
    } finally {
      this.staging.remove();
    }
  }

  async rollback(): Promise<void> {
    this.staging.remove();
    await this.db.run('ROLLBACK');
  }

  private async replaceHeld(): Promise<void> {
    if (this.held.length === 0) return;
    await this.staging.insertInto(this.db);
    await this.deleteRows(this.held.map((h) => h.id));
    for (const { rows } of this.held) this.staging.add(rows);
    this.held = [];
  }

  private async deleteRows(ids: string[]): Promise<void> {
    const { listValue } = await import('@duckdb/node-api');
    for (const table of TABLE_NAMES) {
      await this.db.connection.run(`DELETE FROM ${table} WHERE doc_id IN (SELECT unnest($1::VARCHAR[]))`, [listValue(ids)]);
    }
  }
}
