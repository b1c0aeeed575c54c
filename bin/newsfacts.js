#!/usr/bin/env node
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The bundled build (scripts/bundle.js) when it is newer than tsc's output, else the modules. */
function cliEntry() {
  const modules = new URL('../dist/cli/main.js', import.meta.url);
  const bundle = new URL('../dist/bundle/main.js', import.meta.url);
  const mtime = (url) => statSync(url, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  // A bare `tsc` rewrites every module and leaves the bundle older: then it is stale.
  return mtime(bundle) >= mtime(modules) ? bundle : modules;
}

/** The command line in this process, as loaded from its files. */
async function runHere() {
  const { tuneHeap } = await import('../dist/cli/heap.js');
  tuneHeap();
  const { main } = await import(cliEntry().href);
  return main(process.argv);
}

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // Answered before the CLI loads (commander and the option parsers cost as much again as node's
  // own start: docs/PERFORMANCE.md). Any other use of the flag goes through the CLI, which agrees.
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${version}\n`);
} else {
  // A short run starts from the snapshot where this node can use it (a second node, but one that
  // starts with compromise and the extractors built: docs/PERFORMANCE.md); else, or if that node
  // cannot start, or dist/ is from a build before the snapshot, the run is here.
  const launch = await import('../dist/cli/snapshot-launch.js').catch(() => null);
  const blob = launch?.usableSnapshot(args) ?? null;
  const fromSnapshot = blob && (await launch.runFromSnapshot(blob, fileURLToPath(import.meta.url), args).catch(() => null));
  process.exitCode = fromSnapshot ?? (await runHere());
}
