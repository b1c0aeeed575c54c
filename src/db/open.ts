// Opens a corpus database: DuckDB is loaded only here, so other commands never pay for it. Every
// failure to open (missing, locked, damaged, not ours, another schema version) is one DatabaseError line.
import { existsSync } from 'node:fs';
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { EXIT_FAILURE, NewsfactsError } from '../cli/errors.js';
import { describeError } from '../describe-error.js';
import { META_TABLE, SCHEMA_VERSION, createStatements } from './schema.js';

export class DatabaseError extends NewsfactsError {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`, EXIT_FAILURE);
  }
}

export type Row = Record<string, unknown>;

export interface Database {
  readonly file: string;
  readonly connection: DuckDBConnection;
  /** Runs one statement; rows come back in JSON-safe form (64-bit integers and decimals as strings). */
  rows(sql: string, values?: DuckDBValue[]): Promise<Row[]>;
  run(sql: string): Promise<void>;
  close(): void;
}

/** What DuckDB says when it cannot open a file, as one line a user can act on. */
function openProblem(error: unknown): string {
  const message = describeError(error);
  const pid = /Conflicting lock is held in .*?\(PID (\d+)\)/.exec(message);
  if (pid) return `locked by another process (PID ${pid[1]}); wait for it to finish`;
  if (/Could not set lock/.test(message)) return 'locked by another process; wait for it to finish';
  if (/not a valid DuckDB database file/.test(message)) return 'not a DuckDB database file';
  const version = /database file with version number (\d+)/.exec(message);
  if (version) return `written by another DuckDB version (storage version ${version[1]})`;
  return `cannot open the database (${message.split('\n')[0].replace(/^IO Error: /, '')})`;
}

async function checkSchema(db: Database, create: boolean): Promise<void> {
  const tables = await db.rows('SELECT table_name FROM duckdb_tables()');
  if (tables.length === 0 && create) {
    await db.run('BEGIN TRANSACTION');
    for (const statement of createStatements()) await db.run(statement);
    await db.run('COMMIT');
    return;
  }
  if (!tables.some((t) => t.table_name === META_TABLE)) throw new DatabaseError(db.file, 'not a newsfacts database (no newsfacts_meta table)');
  const [meta] = await db.rows(`SELECT value FROM ${META_TABLE} WHERE key = 'schema_version'`);
  const version = Number(meta?.value);
  if (version !== SCHEMA_VERSION) {
    throw new DatabaseError(db.file, `schema version ${meta?.value ?? 'unknown'}, this newsfacts reads version ${SCHEMA_VERSION}; load into a new file`);
  }
}

/**
 * @param mode 'write' creates the file and its tables when missing; 'read' opens an existing one
 * read-only, so queries cannot change it.
 */
export async function openDatabase(file: string, mode: 'read' | 'write'): Promise<Database> {
  if (mode === 'read' && !existsSync(file)) throw new DatabaseError(file, 'no such database (make one with newsfacts load)');
  const { DuckDBInstance } = await import('@duckdb/node-api');
  let connection: DuckDBConnection;
  try {
    const instance = await DuckDBInstance.create(file, mode === 'read' ? { access_mode: 'READ_ONLY', threads: '1' } : { threads: '1' });
    connection = await instance.connect();
  } catch (error) {
    throw new DatabaseError(file, openProblem(error));
  }
  const db: Database = {
    file,
    connection,
    async rows(sql, values) {
      return (await connection.runAndReadAll(sql, values)).getRowObjectsJson() as Row[];
    },
    async run(sql) {
      await connection.run(sql);
    },
    close: () => connection.closeSync(),
  };
  try {
    await checkSchema(db, mode === 'write');
  } catch (error) {
    db.close();
    throw error instanceof DatabaseError ? error : new DatabaseError(file, openProblem(error));
  }
  return db;
}
