// Helpers for the corpus-database tests: run the CLI on a database, read it back with SQL.
import path from 'node:path';
import { expect } from 'vitest';
import { scratchDir } from '../scratch.js';
import { runCli, type RunResult } from '../cli/run.js';

export const newDatabase = () => path.join(scratchDir('newsfacts-db-'), 'facts.duckdb');

export function load(db: string, ...args: string[]): RunResult {
  return runCli(['load', db, '--jobs', '1', ...args]);
}

export function query<T = Record<string, unknown>>(db: string, sql: string): T[] {
  const run = runCli(['query', db, sql, '-f', 'json']);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as T[];
}

/** Every table's row count, to compare a database before and after. */
export function tableCounts(db: string): Record<string, number> {
  const tables = ['documents', 'actors', 'mentions', 'calls', 'call_participants', 'appeals', 'dates', 'casualties', 'warnings'];
  const sql = `SELECT ${tables.map((t) => `(SELECT count(*)::INTEGER FROM ${t}) AS ${t}`).join(', ')}`;
  return query<Record<string, number>>(db, sql)[0];
}

export const oneLineError = (run: RunResult) => {
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
};
