// The bundled build of the CLI (scripts/bundle.js, which bin/newsfacts.js runs) behaves as the
// modules tsc emits: same output, same exit code, for the commands that load other parts lazily.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../scratch.js';
import { FIXTURES, ROOT } from './run.js';

const MODULES = path.join(ROOT, 'dist/cli/main.js');
const BUNDLE = path.join(ROOT, 'dist/bundle/main.js');
const mtime = (file: string) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
const fresh = mtime(BUNDLE) >= mtime(MODULES);
if (!fresh) console.warn('bundle.test: dist/bundle/main.js is missing or older than tsc output; run `npm run build`');

/** Runs `main` from one entry file with the given arguments. */
function runEntry(entry: string, args: string[]) {
  const script = `const { main } = await import(${JSON.stringify(pathToFileURL(entry).href)});
process.exitCode = await main(['node', 'newsfacts', ...JSON.parse(process.argv[1])]);`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(args)], { cwd: ROOT, encoding: 'utf8', input: '' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe.skipIf(!fresh)('the bundled build of the CLI', () => {
  const same = (args: string[]) => expect(runEntry(BUNDLE, args)).toEqual(runEntry(MODULES, args));

  it('extracts articles as the modules do, in the main thread and with worker threads', () => {
    const articles = ['bombing-casualties.txt', 'readout-phone-call.txt', 'html-article.html'].map((f) => path.join(FIXTURES, f));
    same(['-q', '-f', 'ndjson', '--jobs', '1', ...articles]);
    same(['-q', '-f', 'ndjson', '--jobs', '2', ...articles]);
  }, 120_000);

  it('carries the country entries as data instead of reading the world-countries package', () => {
    const dir = path.dirname(BUNDLE);
    const code = readdirSync(dir).map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n');
    expect([code.includes('world-countries/'), /\bCOUNTRIES = \[\s*\{\s*"name"/.test(code)]).toEqual([false, true]);
  });

  it('prints the same help, schema and usage errors', () => {
    same(['--help']);
    same(['schema']);
    same(['--only', 'weather', FIXTURES]);
  }, 60_000);

  it('loads a DuckDB database and queries it as the modules do', () => {
    const dir = scratchDir();
    const article = path.join(FIXTURES, 'bombing-casualties.txt');
    for (const [entry, name] of [[BUNDLE, 'bundle.duckdb'], [MODULES, 'modules.duckdb']]) {
      expect(runEntry(entry, ['load', '-q', path.join(dir, name), article]).status).toBe(0);
    }
    const sql = 'SELECT count(*) AS n FROM documents';
    const fromBundle = runEntry(BUNDLE, ['query', path.join(dir, 'bundle.duckdb'), sql]);
    expect(JSON.parse(fromBundle.stdout)).toEqual([{ n: '1' }]);
    expect(fromBundle).toEqual(runEntry(MODULES, ['query', path.join(dir, 'modules.duckdb'), sql]));
  }, 60_000);
});
