// Rows wait in NDJSON files, one per table, until the load hands them to DuckDB with one INSERT …
// SELECT FROM read_json per table. DuckDB's appender keeps every row of an open transaction in
// memory as it arrives, beside the extraction's worker threads; staged, the rows reach DuckDB when
// those threads are gone, so a load's peak memory stays near an extraction's (docs/PERFORMANCE.md).
// Each row carries its document's ordinal in the load (_seq), so the rows of a document given twice
// can be left out but for its last copy.
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Database } from './open.js';
import { TABLES, TABLE_NAMES, type TableName } from './schema.js';
import type { TableRows } from './rows.js';

/**
 * Buffered text per table is written out past this many characters. Small, so little of it lives
 * long enough to be promoted in the main thread's heap: 64 KB against 1 MB took 15 MB off a load's
 * peak (docs/PERFORMANCE.md).
 */
const WRITE_AT_CHARS = 1 << 16;
const SEQ = '_seq';

/** A DATE as read_json reads it; every other value as JSON has it. */
const cellValue = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

const sqlString = (text: string) => `'${text.replaceAll("'", "''")}'`;

interface StagedTable {
  file: string;
  fd: number;
  buffered: string[];
  bufferedChars: number;
  /** Bytes in the file: each write goes at its end, which truncating moves back to 0. */
  bytes: number;
  rows: number;
}

export class Staging {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'newsfacts-load-'));
  private readonly tables = new Map<TableName, StagedTable>(
    TABLE_NAMES.map((table) => {
      const file = path.join(this.dir, `${table}.ndjson`);
      return [table, { file, fd: openSync(file, 'w+'), buffered: [], bufferedChars: 0, bytes: 0, rows: 0 }];
    }),
  );

  /** Stages one document's rows; `seq` is its ordinal in the load. */
  add(rows: TableRows, seq: number): void {
    for (const [table, staged] of this.tables) {
      const columns = TABLES[table];
      for (const row of rows[table]) {
        const cells = columns.map(([name], i) => [name, cellValue(row[i])]);
        const line = JSON.stringify(Object.fromEntries([...cells, [SEQ, seq]]));
        staged.buffered.push(line);
        staged.bufferedChars += line.length + 1;
        staged.rows++;
        if (staged.bufferedChars >= WRITE_AT_CHARS) writeOut(staged);
      }
    }
  }

  /**
   * Inserts the staged rows into the database's open transaction, but those of the documents whose
   * ordinal is in `leftOut`, and empties the files.
   */
  async insertInto(db: Database, leftOut: readonly number[] = []): Promise<void> {
    const where = leftOut.length > 0 ? ` WHERE ${SEQ} NOT IN (${leftOut.map((seq) => Math.trunc(seq)).join(', ')})` : '';
    for (const [table, staged] of this.tables) {
      if (staged.rows === 0) continue;
      writeOut(staged);
      const columns = [...TABLES[table], [SEQ, 'INTEGER']].map(([name, type]) => `${name}: ${sqlString(type)}`).join(', ');
      const source = `read_json(${sqlString(staged.file)}, format = 'newline_delimited', columns = {${columns}})`;
      await db.run(`INSERT INTO ${table} SELECT * EXCLUDE (${SEQ}) FROM ${source}${where}`);
      ftruncateSync(staged.fd, 0);
      staged.bytes = 0;
      staged.rows = 0;
    }
  }

  /** Drops every staged row and the files. */
  remove(): void {
    for (const staged of this.tables.values()) closeSync(staged.fd);
    this.tables.clear();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function writeOut(staged: StagedTable): void {
  if (staged.buffered.length === 0) return;
  staged.bytes += writeSync(staged.fd, `${staged.buffered.join('\n')}\n`, staged.bytes);
  staged.buffered = [];
  staged.bufferedChars = 0;
}
