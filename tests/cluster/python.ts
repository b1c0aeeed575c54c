// The cluster examples run on Python: find an interpreter that imports what an example needs, so
// its test runs where the engine is installed and says why it skips where it is not.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES } from '../cli/run.js';

/** NEWSFACTS_PYTHON, Debian's /usr/bin/python3, then python3 on PATH: the first that imports `modules`. */
export function findPython(modules: string[]): string | null {
  const candidates = [process.env.NEWSFACTS_PYTHON, '/usr/bin/python3', 'python3'].filter((c): c is string => Boolean(c));
  return candidates.find((python) => spawnSync(python, ['-c', `import ${modules.join(', ')}`], { stdio: 'ignore' }).status === 0) ?? null;
}

/** A newsfacts record without its `source`, which names the input as each run saw it (a file's or stdin's line). */
export type Record = { id: string } & { [field: string]: unknown };
export function parseRecords(ndjson: string): Record[] {
  return ndjson
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const { source: _source, ...record } = JSON.parse(line) as Record & { source: string };
      return record;
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * A JSON Lines file made from the fixtures: one line per fixture article, the lines of
 * fixtures/batch.jsonl, and one line that is not JSON, which every run must report and pass over.
 */
export function writeFixturesJsonl(folder: string): string {
  mkdirSync(folder, { recursive: true });
  const articles = readdirSync(FIXTURES)
    .filter((name) => /\.(txt|md)$/.test(name))
    .sort()
    .map((name) => JSON.stringify({ id: name, text: readFileSync(path.join(FIXTURES, name), 'utf8') }));
  const batch = readFileSync(path.join(FIXTURES, 'batch.jsonl'), 'utf8').split('\n').filter(Boolean);
  const file = path.join(folder, 'articles.jsonl');
  writeFileSync(file, [...articles.slice(0, 3), '{"id": "broken", "text": ', ...articles.slice(3), ...batch].join('\n') + '\n');
  return file;
}

/** The count of good lines in the file writeFixturesJsonl made. */
export const goodLines = (file: string) => readFileSync(file, 'utf8').split('\n').filter((line) => line.startsWith('{"id"') && line.endsWith('}')).length;
