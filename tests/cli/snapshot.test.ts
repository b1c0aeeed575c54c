// The start-up snapshot (scripts/snapshot.js, src/cli/snapshot*.ts): `npm run build` makes one for
// this node, bin/newsfacts.js runs from it with the same output and exit code as without it, and
// anything it cannot use sends the run back to the modules, never to a failure.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
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

  it('counts the bytes a short run reads: its files, else stdin when it is a file', () => {
    const dir = scratchDir();
    const [a, b] = ['a.txt', 'b.txt'].map((name) => path.join(dir, name));
    writeFileSync(a, 'Two people were hurt.\n');
    writeFileSync(b, 'Police said.\n');
    expect(launch.inputBytes(['-f', 'json', a, b, dir])).toBe(35);
    const probe = path.join(dir, 'probe.mjs');
    writeFileSync(probe, `const l = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist/cli/snapshot-launch.js')).href)});\nconsole.log(l.inputBytes(['-q']));\n`);
    const stdin = (input: 'file' | 'pipe') => spawnSync(process.execPath, [probe], { stdio: [input === 'file' ? openSync(a, 'r') : 'pipe', 'pipe', 'pipe'], encoding: 'utf8' }).stdout.trim();
    expect([stdin('file'), stdin('pipe')]).toEqual(['22', 'null']);
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

/** bin/newsfacts, the command npm links on POSIX systems: a sh script in front of bin/newsfacts.js. */
const SH_BIN = path.join(ROOT, 'bin/newsfacts');

/** A program run with the test runner's NODE_OPTIONS left out; `snapshot: false` sets NEWSFACTS_NO_SNAPSHOT. */
function runProgram(command: string, args: string[], { env = {} as Record<string, string>, input = '', cwd = ROOT } = {}) {
  const { NODE_OPTIONS, FORCE_COLOR, NEWSFACTS_NO_SNAPSHOT, ...inherited } = process.env;
  const result = spawnSync(command, args, { cwd, env: { ...inherited, ...env }, input, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A copy of the package (bin/, package.json, dist/ without the blob; node_modules linked) whose blob is
 * a probe: a snapshot that prints its arguments and parent process instead of running the command line.
 */
function probePackage() {
  const pkg = path.join(scratchDir(), 'pkg');
  cpSync(path.join(ROOT, 'bin'), path.join(pkg, 'bin'), { recursive: true });
  cpSync(path.join(ROOT, 'package.json'), path.join(pkg, 'package.json'));
  cpSync(path.join(ROOT, 'dist'), path.join(pkg, 'dist'), { recursive: true, filter: (file) => !/snapshot\.(blob|json)$/.test(file) });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(pkg, 'node_modules'));
  const probe = path.join(pkg, 'probe.cjs');
  writeFileSync(probe, "require('node:v8').startupSnapshot.setDeserializeMainFunction(() => console.log(JSON.stringify({ probe: process.argv.slice(1), parent: process.ppid })));\n");
  const blob = path.join(pkg, 'dist/bundle/snapshot.blob');
  const { NODE_OPTIONS, ...env } = process.env;
  expect(spawnSync(process.execPath, [...launch.SNAPSHOT_NODE_FLAGS, '--snapshot-blob', blob, '--build-snapshot', probe], { cwd: pkg, env }).status).toBe(0);
  cpSync(launch.SNAPSHOT_STAMP, path.join(pkg, 'dist/bundle/snapshot.json'));
  return { pkg, bin: path.join(pkg, 'bin/newsfacts'), blob };
}

describe.skipIf(!built || process.platform === 'win32')('the sh launcher, bin/newsfacts', () => {
  const article = path.join(FIXTURES, 'readout-phone-call.txt');
  const same = (args: string[], input = '') => expect(runProgram(SH_BIN, args, { input })).toEqual(run(args, { input }));

  it('is what npm links as the command', () => {
    expect(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).bin).toEqual({ newsfacts: 'bin/newsfacts' });
  });

  it('prints what node bin/newsfacts.js prints, with the same exit code', () => {
    same(['-q', '-f', 'ndjson', '--jobs', '1', article, path.join(FIXTURES, 'html-article.html')]);
    same(['-q', '-f', 'json', '--ref-date', '2026-02-01'], 'MADRID (Wire) - Two firefighters were hurt on Sunday, the city said.\n');
    same(['--only', 'weather', article]);
    same(['no-such-file.txt']);
    same(['--help']);
  }, 120_000);

  it('answers --version from package.json, as bin/newsfacts.js does', () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(runProgram(SH_BIN, ['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
    same(['--version']);
    same(['-V']);
  });

  it('runs the modules when there is no blob', () => {
    const { pkg, blob } = probePackage();
    rmSync(blob);
    const args = ['-q', '-f', 'ndjson', article];
    expect(runProgram(path.join(pkg, 'bin/newsfacts'), args)).toEqual(run(args, { snapshot: false }));
  }, 60_000);

  it('execs node from the blob itself for a short run, through links, and leaves it aside otherwise', () => {
    const { pkg, bin, blob } = probePackage();
    // What the probe printed, or else the command line's usage error (an unknown option is quick to reach).
    const probed = (command: string, args: string[], env = {}) => {
      const { stdout, stderr } = runProgram(command, [...args, '--bogus'], { env });
      return stdout.startsWith('{"probe"') ? JSON.parse(stdout) : stderr;
    };
    const modules = "newsfacts: unknown option '--bogus'\n";
    const binJs = path.join(pkg, 'bin/newsfacts.js');
    expect(probed(bin, [article])).toEqual({ probe: [binJs, article, '--bogus'], parent: process.pid });
    const linked = path.join(pkg, 'node_modules-bin');
    mkdirSync(linked);
    symlinkSync('../bin/newsfacts', path.join(linked, 'newsfacts'));
    expect(probed(path.join(linked, 'newsfacts'), [])).toEqual({ probe: [binJs, '--bogus'], parent: process.pid });
    // bin/newsfacts.js takes it too, from a second node.
    expect(probed(process.execPath, [binJs]).parent).not.toBe(process.pid);

    const files = ['a', 'b', 'c', 'd', 'e'].map((name) => path.join(pkg, `${name}.txt`));
    for (const file of files) writeFileSync(file, 'Text.\n');
    const long = [[FIXTURES], files, ['--input', 'jsonl'], ['news.JSONL'], [`${pkg}/*.txt`]];
    expect(long.map((args) => probed(bin, args))).toEqual(long.map(() => modules));
    expect(probed(bin, [], { NEWSFACTS_NO_SNAPSHOT: '1' })).toBe(modules);
    expect(probed(bin, [], { NODE_OPTIONS: '--max-old-space-size=512' })).toBe(modules);
    const stamp = path.join(pkg, 'dist/bundle/snapshot.json');
    const identity = JSON.parse(readFileSync(stamp, 'utf8'));
    writeFileSync(stamp, `${JSON.stringify({ ...identity, size: identity.size + 1 })}\n`);
    expect(probed(bin, [])).toBe(modules);
    writeFileSync(stamp, `${JSON.stringify(identity)}\n`);
    expect(probed(bin, [])).toEqual({ probe: [binJs, '--bogus'], parent: process.pid });
    const later = new Date(statSync(blob).mtimeMs + 60_000);
    utimesSync(path.join(pkg, 'dist/cli/main.js'), later, later);
    expect(probed(bin, [])).toBe(modules);
  }, 120_000);
});
