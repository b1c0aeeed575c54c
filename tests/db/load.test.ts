// `newsfacts load` and `newsfacts query`: tables that join, incremental loads, one transaction,
// and one-line errors for databases it cannot use.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, ROOT, runCli } from '../cli/run.js';
import { scratchDir } from '../scratch.js';
import { DB_TEST_TIMEOUT, execute, load, newDatabase, oneLineError, query, tableCounts } from './run-db.js';

const BATCH = path.join(FIXTURES, 'batch.jsonl');
const article = (id: string, text: string, date = '2025-03-14') => `${JSON.stringify({ id, date, url: `https://example.org/${id}`, text })}\n`;
const CALL_TEXT = 'PARIS - French President Emmanuel Macron spoke by phone with German Chancellor Friedrich Merz on Monday, the Elysee said.';

describe('load', { timeout: DB_TEST_TIMEOUT }, () => {
  it('writes documents and records keyed so they join, with the URL from the JSONL', async () => {
    const db = newDatabase();
    const dir = scratchDir();
    writeFileSync(path.join(dir, 'a.jsonl'), article('fr-1', CALL_TEXT));
    const run = load(db, path.join(dir, 'a.jsonl'));
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(`newsfacts: ${db}: 1 added, 0 replaced, 0 unchanged, 0 failed\n`);
    const calls = await query(db, `
      SELECT c.doc_id, d.url, d.published_at, list(a.name ORDER BY p.position) AS participants, c.medium, c.date_value
      FROM calls c JOIN documents d USING (doc_id) JOIN call_participants p USING (doc_id, call_id)
      JOIN actors a ON a.doc_id = p.doc_id AND a.actor_id = p.actor_id GROUP BY ALL`);
    expect(calls).toEqual([{
      doc_id: 'fr-1', url: 'https://example.org/fr-1', published_at: '2025-03-14',
      participants: ['Emmanuel Macron', 'Friedrich Merz'], medium: 'phone', date_value: '2025-03-10',
    }]);
  });

  it('adds nothing when the same inputs are loaded again', async () => {
    const db = newDatabase();
    expect(load(db, FIXTURES).status).toBe(0);
    const before = await tableCounts(db);
    const again = load(db, FIXTURES);
    expect(again.stderr).toMatch(/: 0 added, 0 replaced, \d+ unchanged, 0 failed\n$/);
    expect((await tableCounts(db))).toEqual(before);
  });

  it('replaces a document whose text changed, and only its rows', async () => {
    const db = newDatabase();
    const file = path.join(scratchDir(), 'news.jsonl');
    writeFileSync(file, article('fr-1', CALL_TEXT) + article('other', 'Nothing happened here today.'));
    load(db, file);
    writeFileSync(file, article('fr-1', `${CALL_TEXT} Both leaders called for calm.`) + article('other', 'Nothing happened here today.'));
    expect(load(db, file).stderr).toMatch(/: 0 added, 1 replaced, 1 unchanged, 0 failed\n$/);
    expect(await query(db, 'SELECT doc_id, count(*)::INTEGER AS n FROM documents GROUP BY doc_id ORDER BY doc_id')).toEqual([
      { doc_id: 'fr-1', n: 1 }, { doc_id: 'other', n: 1 },
    ]);
    expect(await query(db, 'SELECT count(*)::INTEGER AS n FROM calls')).toEqual([{ n: 1 }]);
  });

  it('extracts again when --only changes what a record holds', async () => {
    const db = newDatabase();
    load(db, BATCH, '--only', 'dates');
    expect((await tableCounts(db)).actors).toBe(0);
    expect(load(db, BATCH).stderr).toMatch(/: 0 added, 3 replaced, 0 unchanged/);
    expect((await tableCounts(db)).actors).toBeGreaterThan(0);
  });

  it('keeps the later copy of a document given twice in one load', async () => {
    const db = newDatabase();
    const file = path.join(scratchDir(), 'twice.jsonl');
    writeFileSync(file, article('fr-1', 'Nothing happened here today.') + article('fr-1', CALL_TEXT));
    expect(load(db, file).stderr).toMatch(/: 1 added, 0 replaced, 0 unchanged, 0 failed\n$/);
    expect(await query(db, 'SELECT doc_id, chars FROM documents')).toEqual([{ doc_id: 'fr-1', chars: CALL_TEXT.length }]);
    expect(await query(db, 'SELECT count(*)::INTEGER AS n FROM calls')).toEqual([{ n: 1 }]);
  });

  it('holds the database only to read it at the start and to write it at the end', async () => {
    const db = newDatabase();
    const slow = spawn(process.execPath, [BIN, 'load', db, '-', '--input', 'jsonl', '--jobs', '1'], { cwd: ROOT, stdio: ['pipe', 'ignore', 'pipe'] });
    let said = '';
    slow.stderr.on('data', (chunk) => (said += chunk));
    slow.stdin.write(article('slow-1', CALL_TEXT));
    // stdin stays open: once the first load has made the file and let it go, it is extracting
    for (let waited = 0; !existsSync(db) && waited < 60_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(load(db, BATCH).stderr).toMatch(/: 3 added, 0 replaced, 0 unchanged, 0 failed\n$/);
    slow.stdin.end();
    await once(slow, 'exit');
    expect(said).toMatch(/: 1 added, 0 replaced, 0 unchanged, 0 failed\n$/);
    expect((await query(db, 'SELECT doc_id FROM documents ORDER BY doc_id')).map((row) => row.doc_id)).toEqual(['batch-1', 'batch-2', 'batch-3', 'slow-1']);
  });

  it('leaves the database as it was when killed mid-load', async () => {
    const db = newDatabase();
    load(db, BATCH);
    const before = await tableCounts(db);
    const child = spawn(process.execPath, [BIN, 'load', db, '-', '--input', 'jsonl', '--jobs', '1', '-q'], { cwd: ROOT, stdio: ['pipe', 'ignore', 'ignore'] });
    for (let i = 0; i < 40; i++) child.stdin.write(article(`killed-${i}`, CALL_TEXT));
    await new Promise((resolve) => setTimeout(resolve, 3000)); // stdin stays open: the load is under way
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    expect((await tableCounts(db))).toEqual(before);
    expect(load(db, BATCH).stderr).toMatch(/: 0 added, 0 replaced, 3 unchanged/);
  });
});

describe('database errors are one line', { timeout: DB_TEST_TIMEOUT }, () => {
  it('names a file that is not a DuckDB database', () => {
    const db = path.join(scratchDir(), 'junk.duckdb');
    writeFileSync(db, 'this is not a database\n'.repeat(200));
    const run = load(db, BATCH);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`newsfacts: ${db}: not a DuckDB database file\n`);
  });

  it('refuses a database of another schema version', async () => {
    const db = newDatabase();
    load(db, BATCH);
    await execute(db, "UPDATE newsfacts_meta SET value = '99' WHERE key = 'schema_version'");
    const run = load(db, BATCH);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`newsfacts: ${db}: schema version 99, this newsfacts reads version 1; load into a new file\n`);
  });

  it('names a database another process holds', async () => {
    const db = newDatabase();
    load(db, BATCH);
    const open = `import { DuckDBInstance } from '@duckdb/node-api'; await (await DuckDBInstance.create(${JSON.stringify(db)})).connect(); console.log('open'); setInterval(() => {}, 1000);`;
    const holder = spawn(process.execPath, ['--input-type=module', '-e', open], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
    await once(holder.stdout, 'data');
    const run = load(db, BATCH);
    holder.kill('SIGKILL');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^newsfacts: ${db.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: locked by another process \\(PID \\d+\\); wait for it to finish\n$`));
  });

  it('says when there is no database to query, and when the SQL is wrong', () => {
    const missing = runCli(['query', path.join(scratchDir(), 'none.duckdb'), 'SELECT 1']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/none\.duckdb: no such database \(make one with newsfacts load\)\n$/);
    const db = newDatabase();
    load(db, BATCH);
    const wrong = runCli(['query', db, 'SELEC 1']);
    expect(wrong.status).toBe(1);
    oneLineError(wrong);
    expect(wrong.stderr).toMatch(/query failed: Parser Error: syntax error at or near "SELEC"/);
  });
});

describe('query', { timeout: DB_TEST_TIMEOUT }, () => {
  it('prints CSV, TSV and NDJSON', () => {
    const db = newDatabase();
    load(db, BATCH);
    const sql = "SELECT doc_id, 'a\tb,c' AS odd FROM documents ORDER BY doc_id LIMIT 2";
    expect(runCli(['query', db, sql, '-f', 'csv']).stdout).toBe('doc_id,odd\nbatch-1,"a\tb,c"\nbatch-2,"a\tb,c"\n');
    expect(runCli(['query', db, sql, '-f', 'tsv']).stdout).toBe('doc_id\todd\nbatch-1\ta b,c\nbatch-2\ta b,c\n');
    expect(runCli(['query', db, sql, '-f', 'ndjson']).stdout).toBe('{"doc_id":"batch-1","odd":"a\\tb,c"}\n{"doc_id":"batch-2","odd":"a\\tb,c"}\n');
  });
});
