#!/usr/bin/env node
import { readFileSync, statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

/** The bundled build (scripts/bundle.js) when it is newer than tsc's output, else the modules. */
function cliEntry() {
  const modules = new URL('../dist/cli/main.js', import.meta.url);
  const bundle = new URL('../dist/bundle/main.js', import.meta.url);
  const mtime = (url) => statSync(url, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  // A bare `tsc` rewrites every module and leaves the bundle older: then it is stale.
  return mtime(bundle) >= mtime(modules) ? bundle : modules;
}

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // Answered before the CLI loads (commander and the option parsers cost as much again as node's
  // own start: docs/PERFORMANCE.md). Any other use of the flag goes through the CLI, which agrees.
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${version}\n`);
} else {
  // V8 lets a heap grow to several times its live data before a full collection; newsfacts' live
  // data is small and its garbage plentiful, so a slower growth keeps each thread's memory near what
  // it uses (a third less peak RSS, no measurable CPU cost: docs/PERFORMANCE.md). Set before any
  // worker starts, so every thread has it.
  setFlagsFromString('--heap-growing-percent=20');
  const { main } = await import(cliEntry().href);
  process.exitCode = await main(process.argv);
}
