// Helpers for the corpus-database tests: run the CLI on a database, read it back with SQL in
// this process (closed after each query, so the CLI can open the file next).
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { expect } from 'vitest';
import { scratchDir } from '../scratch.js';
import { runCli, type RunResult } from '../cli/run.js';

/** These tests start several processes each: room for a busy machine. */
export const DB_TEST_TIMEOUT = 180_000;

export const newDatabase = () => path.join(scratchDir('newsfacts-db-'), 'facts.duckdb');

export function load(db: string, ...args: string[]): RunResult {
  return runCli(['load', db, '--jobs', '1', ...args]);
}

export async function query<T = Record<string, unknown>>(db: string, sql: string): Promise<T[]> {
  const instance = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
  try {
    const connection = await instance.connect();
    const rows = (await connection.runAndReadAll(sql)).getRowObjectsJson() as T[];
    connection.closeSync();
    return rows;
  } finally {
    instance.closeSync();
  }
}

export async function execute(db: string, sql: string): Promise<void> {
  const instance = await DuckDBInstance.create(db);
  try {
    const connection = await instance.connect();
    await connection.run(sql);
    connection.closeSync();
  } finally {
    instance.closeSync();
  }
}

const TABLES = ['documents', 'actors', 'mentions', 'calls', 'call_participants', 'appeals', 'dates', 'casualties', 'warnings'];

/** Every table's row count, to compare a database before and after. */
export async function tableCounts(db: string): Promise<Record<string, number>> {
  const sql = `SELECT ${TABLES.map((t) => `(SELECT count(*)::INTEGER FROM ${t}) AS ${t}`).join(', ')}`;
  return (await query<Record<string, number>>(db, sql))[0];
}

export const oneLineError = (run: RunResult) => {
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
};
