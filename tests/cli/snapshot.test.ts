// The start-up snapshot (scripts/snapshot.js, src/cli/snapshot*.ts): `npm run build` makes one for
// this node, bin/newsfacts.js runs from it with the same output and exit code as without it, and
// anything it cannot use sends the run back to the modules, never to a failure.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../scratch.js';
import { BIN, FIXTURES, ROOT } from './run.js';

const launch = (await import(pathToFileURL(path.join(ROOT, 'dist/cli/snapshot-launch.js')).href)) as typeof import('../../src/cli/snapshot-launch.js');
const mtime = (file: string) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
const built = mtime(path.join(ROOT, 'dist/bundle/main.js')) >= mtime(path.join(ROOT, 'dist/cli/main.js'));
if (!built) console.warn('snapshot.test: dist/bundle is missing or older than tsc output; run `npm run build`');

/** The command line as a user runs it, from the snapshot or (`NEWSFACTS_NO_SNAPSHOT`) not; the test runner's NODE_OPTIONS left out. */
function run(args: string[], { snapshot = true, env = {} as Record<string, string>, input = '' } = {}) {
  const { NODE_OPTIONS, FORCE_COLOR, ...inherited } = process.env;
  const all: Record<string, string | undefined> = { ...inherited, NEWSFACTS_NO_SNAPSHOT: snapshot ? '' : '1', ...env };
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: all, input, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.skipIf(!built)('the start-up snapshot', () => {
  const same = (args: string[], input = '') => expect(run(args, { input })).toEqual(run(args, { snapshot: false, input }));

  it('is built for this node by npm run build', () => {
    expect(mtime(launch.SNAPSHOT_BLOB)).toBeGreaterThanOrEqual(mtime(path.join(ROOT, 'dist/cli/main.js')));
    expect(JSON.parse(readFileSync(launch.SNAPSHOT_STAMP, 'utf8'))).toEqual(launch.nodeIdentity());
  });

  it('is what bin/newsfacts.js runs from, when node has no options of its own', () => {
    const probe = path.join(scratchDir(), 'probe.mjs');
    writeFileSync(probe, `const l = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist/cli/snapshot-launch.js')).href)});\nconsole.log(l.usableSnapshot(['article.txt']));\n`);
    const { NODE_OPTIONS, NEWSFACTS_NO_SNAPSHOT, ...env } = process.env;
    const found = spawnSync(process.execPath, [probe], { cwd: ROOT, env, encoding: 'utf8' });
    expect(found.stdout.trim()).toBe(launch.SNAPSHOT_BLOB);
  });

  it('is for short runs: no folder, JSON Lines, glob or more than a few files', () => {
    const dir = scratchDir();
    const files = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'].map((name) => path.join(dir, name));
    for (const file of files) writeFileSync(file, 'Text.\n');
    const short = [[], ['--help'], ['-f', 'json', files[0]], files.slice(0, 4), [`${files[0]}/not-a-folder`, 'bad\0name']];
    expect(short.map(launch.isShortRun)).toEqual(short.map(() => true));
    const long = [[dir], files, ['--input', 'jsonl'], ['news.JSONL'], [`${dir}/*.txt`], ['load', 'facts.duckdb', dir]];
    expect(long.map(launch.isShortRun)).toEqual(long.map(() => false));
  });

  it('passes a signal on to the run, which removes its half-written -o file', async () => {
    const dir = scratchDir();
    const { NODE_OPTIONS, NEWSFACTS_NO_SNAPSHOT, ...env } = process.env;
    const child = spawn(process.execPath, [BIN, '-q', '-o', path.join(dir, 'facts.json')], { cwd: ROOT, env });
    child.stdin.write('Police said two people were hurt.\n');
    for (let waited = 0; readdirSync(dir).length === 0 && waited < 20_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    child.kill('SIGTERM');
    expect(await new Promise((resolve) => child.on('close', (code) => resolve(code)))).toBe(143);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('extracts articles as the modules do, in the main thread, with worker threads and from stdin', () => {
    const articles = ['bombing-casualties.txt', 'readout-phone-call.txt', 'html-article.html'].map((f) => path.join(FIXTURES, f));
    same(['-q', '-f', 'ndjson', '--jobs', '1', ...articles]);
    same(['-q', '-f', 'ndjson', '--jobs', '2', ...articles]);
    same(['-q', '-f', 'json', '--ref-date', '2026-02-01'], 'MADRID (Wire) - Two firefighters were hurt on Sunday, the city said.\n');
  }, 120_000);

  it('prints the same help, schema, version and usage errors', () => {
    same(['--help']);
    same(['schema']);
    same(['--version', '--help']);
    same(['--only', 'weather', FIXTURES]);
  }, 60_000);

  it('loads a DuckDB database and queries it as the modules do', () => {
    const dir = scratchDir();
    const article = path.join(FIXTURES, 'bombing-casualties.txt');
    const sql = 'SELECT count(*) AS n FROM documents';
    const loadAndQuery = (name: string, snapshot: boolean) => {
      expect(run(['load', '-q', path.join(dir, name), article], { snapshot }).status).toBe(0);
      return run(['query', path.join(dir, name), sql], { snapshot });
    };
    const fromSnapshot = loadAndQuery('snapshot.duckdb', true);
    expect(JSON.parse(fromSnapshot.stdout)).toEqual([{ n: '1' }]);
    expect(fromSnapshot).toEqual(loadAndQuery('modules.duckdb', false));
  }, 60_000);

  it('is left aside when node is given options (they would make node refuse it), and the run is the same', () => {
    const article = path.join(FIXTURES, 'readout-phone-call.txt');
    expect(run(['-q', '-f', 'ndjson', article], { env: { NODE_OPTIONS: '--max-old-space-size=512' } })).toEqual(run(['-q', '-f', 'ndjson', article], { snapshot: false }));
  }, 60_000);

  it('gives way to the modules when node cannot load the blob, before anything has run', async () => {
    const missing = path.join(scratchDir(), 'snapshot.blob');
    await expect(launch.runFromSnapshot(missing, BIN, ['--version'])).rejects.toThrow('could not load the start-up snapshot');
  });
});
