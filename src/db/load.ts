// Writes records into a corpus database inside one transaction: all of a load or none of it, so
// an interrupted load (Ctrl-C, a crash, SIGKILL) leaves the database as it was. A document already
// there with the same id, text and settings is passed over; one whose text changed is replaced.
import { createHash } from 'node:crypto';
import type { DocumentRecord } from '../schema.js';
import type { Database } from './open.js';
import { TABLE_NAMES } from './schema.js';
import { tableRows, type DocumentFacts } from './rows.js';
import { Staging } from './staging.js';

export const textHash = (text: string) => createHash('sha256').update(text).digest('hex');

export interface LoadCounts {
  added: number;
  replaced: number;
  unchanged: number;
}

export class Loader {
  readonly counts: LoadCounts = { added: 0, replaced: 0, unchanged: 0 };
  private staging = new Staging();
  /** Documents in the database before this load: id → text hash and settings. */
  private before = new Map<string, string>();
  /** Documents this load has written. */
  private written = new Set<string>();
  /** Replaced documents whose old rows are still in the database; deleted together, one statement per table. */
  private replaced: string[] = [];

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
      await this.insertStaged();
      await this.deleteRows([id]);
    } else if (this.before.has(id)) {
      this.counts.replaced++;
      this.replaced.push(id);
    } else {
      this.counts.added++;
    }
    this.staging.add(rows);
    this.written.add(id);
  }

  async commit(): Promise<void> {
    try {
      await this.insertStaged();
      await this.db.run('COMMIT');
    } finally {
      this.staging.remove();
    }
  }

  async rollback(): Promise<void> {
    this.staging.remove();
    await this.db.run('ROLLBACK');
  }

  /** Old rows of replaced documents go before the staged rows arrive, so a replacement's new rows stay. */
  private async insertStaged(): Promise<void> {
    await this.deleteRows(this.replaced.splice(0));
    await this.staging.insertInto(this.db);
  }

  private async deleteRows(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const { listValue } = await import('@duckdb/node-api');
    for (const table of TABLE_NAMES) {
      await this.db.connection.run(`DELETE FROM ${table} WHERE doc_id IN (SELECT unnest($1::VARCHAR[]))`, [listValue(ids)]);
    }
  }
}
