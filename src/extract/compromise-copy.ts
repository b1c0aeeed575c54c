// Where the private compromise comes from. The start-up snapshot (scripts/snapshot.js) swaps this
// module for one that has compromise bundled into its single file, which is a private copy too.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { compileFunction } from 'node:vm';
import type nlpOfCompromise from 'compromise';

/** The environment variables compromise reads: its debug switches. */
const DEBUG_SWITCHES = ['DEBUG_TAGS', 'DEBUG_MATCH', 'DEBUG_CHUNKS'];

/**
 * The `process` the copy sees: node's own, but with an `env` of compromise's debug switches alone,
 * copied once. compromise reads `process.env.DEBUG_TAGS` on every tag it sets, and node's
 * `process.env` asks the operating system's environment on each read (~2% of the extraction).
 */
function processForCopy(): NodeJS.Process {
  const env = Object.fromEntries(DEBUG_SWITCHES.flatMap((name) => (process.env[name] === undefined ? [] : [[name, process.env[name]]])));
  return Object.create(process, { env: { value: env, enumerable: true } }) as NodeJS.Process;
}

/**
 * compromise's one-file CommonJS build (its package's `require` export, the same release as the
 * ES module source, which loads 456 files), loaded as node loads a CommonJS module but with its own
 * `module`, so the copy the caller changes is its own, and its own `process` (processForCopy).
 */
export function privateCompromise(): typeof nlpOfCompromise {
  const require = createRequire(import.meta.url);
  const file = require.resolve('compromise');
  const parameters = ['exports', 'require', 'module', '__filename', '__dirname', 'process'];
  const load = compileFunction(readFileSync(file, 'utf8'), parameters, { filename: file });
  const module = { exports: {} as typeof nlpOfCompromise };
  load.call(module.exports, module.exports, require, module, file, path.dirname(file), processForCopy());
  return module.exports;
}
