// Writes records into a corpus database inside one transaction: all of a load or none of it, so
// an interrupted load (Ctrl-C, a crash, SIGKILL) leaves the database as it was. A document already
// there with the same id, text and settings is passed over; one whose text changed is replaced.
// The database is read at the start (stored.ts) and written at the end: during the extraction
// DuckDB is not in the process, and the rows wait in staging files.
import { createHash } from 'node:crypto';
import type { DocumentRecord } from '../schema.js';
import type { Database } from './open.js';
import { TABLE_NAMES } from './schema.js';
import { tableRows, type DocumentFacts } from './rows.js';
import { Staging } from './staging.js';
import { storedDocuments } from './stored.js';

export const textHash = (text: string) => createHash('sha256').update(text).digest('hex');

export interface LoadCounts {
  added: number;
  replaced: number;
  unchanged: number;
}

export class Loader {
  readonly counts: LoadCounts = { added: 0, replaced: 0, unchanged: 0 };
  private staging = new Staging();
  /** Documents this load has staged: id → the ordinal of its last copy. */
  private written = new Map<string, number>();
  /** Ordinals of earlier copies of a document given twice: the later one wins. */
  private superseded: number[] = [];

  private constructor(
    private readonly file: string,
    private readonly settings: string,
    /** Documents in the database before this load: id → text hash and settings. */
    private readonly before: Map<string, string>,
  ) {}

  /** Reads what the database holds (creating it when missing). `settings` names what shapes a record (version, --only, --ref-date). */
  static async begin(file: string, settings: string): Promise<Loader> {
    return new Loader(file, settings, await storedDocuments(file));
  }

  /** False when the document is stored unchanged: it need not be extracted again. */
  wants(id: string, hash: string): boolean {
    const unchanged = this.written.has(id) ? false : this.before.get(id) === `${hash} ${this.settings}`;
    if (unchanged) this.counts.unchanged++;
    return !unchanged;
  }

  write(record: DocumentRecord, facts: Omit<DocumentFacts, 'settings'>): void {
    const earlier = this.written.get(record.id);
    if (earlier !== undefined) this.superseded.push(earlier);
    const seq = this.written.size + this.superseded.length;
    this.staging.add(tableRows(record, { ...facts, settings: this.settings }), seq);
    this.written.set(record.id, seq);
  }

  /**
   * Opens the database for writing and puts the staged rows in, in one transaction; the documents
   * it holds by then under a staged id are replaced (another process may have written meanwhile).
   */
  async commit(): Promise<void> {
    try {
      const { openDatabase } = await import('./open.js');
      const db = await openDatabase(this.file, 'write');
      try {
        await db.run('BEGIN TRANSACTION');
        try {
          const replaced = await storedAmong(db, [...this.written.keys()]);
          this.counts.replaced = replaced.length;
          this.counts.added = this.written.size - replaced.length;
          await deleteRows(db, replaced);
          await this.staging.insertInto(db, this.superseded);
          await db.run('COMMIT');
        } catch (error) {
          await db.run('ROLLBACK').catch(() => {});
          throw error;
        }
      } finally {
        db.close();
      }
    } finally {
      this.discard();
    }
  }

  /** Drops the staged rows; the database was not opened for writing. */
  discard(): void {
    this.staging.remove();
  }
}

/** Rows of the documents whose ids are the statement's one parameter (`ids` below). */
const OF_IDS = 'doc_id IN (SELECT unnest($1::VARCHAR[]))';
const idsParameter = async (ids: string[]) => [(await import('@duckdb/node-api')).listValue(ids)];

async function storedAmong(db: Database, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.rows(`SELECT doc_id FROM documents WHERE ${OF_IDS}`, await idsParameter(ids));
  return rows.map((row) => String(row.doc_id));
}

async function deleteRows(db: Database, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const values = await idsParameter(ids);
  for (const table of TABLE_NAMES) await db.connection.run(`DELETE FROM ${table} WHERE ${OF_IDS}`, values);
}
