// After bundle.js: the command line as a V8 start-up snapshot, dist/bundle/snapshot.blob, which
// bin/newsfacts.js starts node from (src/cli/snapshot.ts, snapshot-launch.ts, docs/PERFORMANCE.md).
// A snapshot is built from one CommonJS script that requires node's own modules alone: esbuild puts
// the command line and compromise in it, `import()` becomes `require`, and the packages left out
// (as in bundle.js) are loaded at run time through scripts/snapshot/location.js; the country entries
// are in it as data, as in bundle.js. The blob fits only
// the node that built it: snapshot.json beside it says which. Before it is kept, the command line run
// from it must print what it prints without it for a short article. If the build or that check fails
// the command line still works, only slower: this warns and leaves no blob.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { countriesAsData } from './countries-as-data.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCRIPT = 'dist/bundle/snapshot.cjs';
const LOCATION = fileURLToPath(new URL('./snapshot/location.js', import.meta.url));
const BIN = fileURLToPath(new URL('../bin/newsfacts.js', import.meta.url));
/** For the check: wire copy of our own, with something for every kind of record. */
const CHECK_ARTICLE =
  'ROME (Wire) - Italy\'s prime minister, Carla Neri, spoke by phone on Friday with President Jean Dufour of France, ' +
  'her office said. Neri urged calm after three people were killed and 12 wounded in a blast on March 2.\n';
const { SNAPSHOT_BLOB, SNAPSHOT_NODE_FLAGS, SNAPSHOT_STAMP, nodeIdentity } = await import('../dist/cli/snapshot-launch.js');

/** compromise bundled into the script: its one-file CommonJS build, as compromise-copy.ts loads it, and private to the bundle. */
const bundledCompromise = {
  name: 'bundled-compromise',
  setup(b) {
    b.onResolve({ filter: /\/compromise-copy\.js$/ }, () => ({ path: 'compromise-copy', namespace: 'bundled-compromise' }));
    b.onLoad({ filter: /.*/, namespace: 'bundled-compromise' }, () => ({
      contents: "export const privateCompromise = () => require('compromise');",
      resolveDir: ROOT,
    }));
  },
};

/** Packages that find their own files at run time (piscina's worker script, DuckDB's native addon): required when first used. */
const atRunTime = {
  name: 'at-run-time',
  setup(b) {
    b.onResolve({ filter: /^(piscina|@duckdb\/node-api)$/ }, ({ path }) => ({ path, namespace: 'at-run-time' }));
    b.onLoad({ filter: /.*/, namespace: 'at-run-time' }, ({ path }) => ({
      contents: `module.exports = require(${JSON.stringify(LOCATION)}).runtimeRequire(${JSON.stringify(path)});`,
      resolveDir: ROOT,
    }));
  },
};

function clear() {
  for (const file of [SNAPSHOT_BLOB, SNAPSHOT_STAMP]) rmSync(file, { force: true });
}

clear();
await build({
  absWorkingDir: ROOT,
  entryPoints: ['dist/cli/snapshot.js'],
  outfile: SCRIPT,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': 'snapshotLocation.url' },
  inject: [LOCATION],
  plugins: [bundledCompromise, atRunTime, countriesAsData],
  // less source for the snapshot to hold and read at every start (2.4 MB → 1.8 MB); names are kept
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
writeFileSync(SCRIPT, latin1Only(readFileSync(SCRIPT, 'utf8')));

/**
 * The script with every character past Latin-1 written as its \u escape. esbuild leaves such
 * characters raw in regular expression literals ("’", "–"), and one of them makes V8 hold the whole
 * source, which the snapshot keeps for compiling functions, two bytes a character: 2.4 MB more to
 * read at every start. The escape means the same in a string, a template, a regular expression
 * (with or without the u flag: a surrogate pair is read as one character there) and a comment;
 * String.raw keeps it as written, and the project uses String.raw only for regular expression sources.
 */
function latin1Only(source) {
  const escape = (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  // an escape pair is read as one: "\’" is "’" already, "\\’" a backslash and "’"
  return source.replace(/\\[^]|[^\0-\xff]/g, (match) => (match.length === 1 ? escape(match) : match[1] > '\xff' ? escape(match[1]) : match));
}

/** The command line on CHECK_ARTICLE, from the snapshot or not; null if it failed. */
function checkRun(fromSnapshot) {
  const { NODE_OPTIONS, ...env } = process.env; // as bin/newsfacts.js runs the blob: without them
  const node = fromSnapshot ? [...SNAPSHOT_NODE_FLAGS, '--snapshot-blob', SNAPSHOT_BLOB] : [];
  if (!fromSnapshot) env.NEWSFACTS_NO_SNAPSHOT = '1';
  const args = [...node, BIN, '-q', '-f', 'ndjson', '--ref-date', '2026-03-06'];
  const run = spawnSync(process.execPath, args, { cwd: ROOT, env, input: CHECK_ARTICLE, encoding: 'utf8' });
  return run.status === 0 ? run.stdout : null;
}

/** Why the blob cannot be used, or null once it is built and checked. */
function buildBlob() {
  const built = spawnSync(process.execPath, [...SNAPSHOT_NODE_FLAGS, '--snapshot-blob', SNAPSHOT_BLOB, '--build-snapshot', SCRIPT], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) return (built.error?.message ?? built.stderr).trim().split('\n').slice(0, 3).join(' ');
  writeFileSync(SNAPSHOT_STAMP, `${JSON.stringify(nodeIdentity())}\n`);
  const expected = checkRun(false);
  return expected !== null && checkRun(true) === expected ? null : 'run from it, the command line printed something else';
}

const failure = buildBlob();
if (failure) {
  clear();
  console.warn(`snapshot: no start-up snapshot (the command line runs without it, slower): ${failure}`);
}
