// `newsfacts query facts.duckdb "SQL"`: any SQL on a corpus database, read-only, in the -f formats.
import { Command, Option } from 'commander';
import { GRID_FORMATS, formatGrid, type GridFormat } from '../../output/grid.js';
import { UsageError } from '../errors.js';
import { stdoutSink } from '../sink.js';

export function parseGridFormat(value: string): GridFormat {
  if (!(GRID_FORMATS as readonly string[]).includes(value)) {
    throw new UsageError(`--format: unknown format "${value}" (choose from ${GRID_FORMATS.join(', ')})`);
  }
  return value as GridFormat;
}

/** A table on a terminal, JSON when piped, as `extract` does. */
export const defaultGridFormat = (): GridFormat => (process.stdout.isTTY ? 'table' : 'json');

async function runQuery(file: string, sql: string, flags: { format?: GridFormat }): Promise<void> {
  const { openDatabase, DatabaseError } = await import('../../db/open.js');
  const db = await openDatabase(file, 'read');
  try {
    let result;
    try {
      result = await db.connection.runAndReadAll(sql);
    } catch (error) {
      throw new DatabaseError(file, `query failed: ${(error as Error).message.split('\n')[0]}`);
    }
    const rows = result.getRowObjectsJson() as Record<string, unknown>[];
    await stdoutSink().write(formatGrid(rows, result.deduplicatedColumnNames(), flags.format ?? defaultGridFormat()));
  } finally {
    db.close();
  }
}

export function queryCommand(): Command {
  return new Command('query')
    .description('run SQL on a corpus database made by load (read-only)')
    .argument('<database>', 'DuckDB file made by newsfacts load')
    .argument('<sql>', 'one SQL statement; the tables are listed in the README')
    .addOption(new Option('-f, --format <fmt>', `${GRID_FORMATS.join(' | ')} (default: table on a terminal, json when piped)`).argParser(parseGridFormat))
    .action(runQuery);
}
