// Where the private compromise comes from. The start-up snapshot (scripts/snapshot.js) swaps this
// module for one that has compromise bundled into its single file, which is a private copy too.
import { createRequire } from 'node:module';
import type nlpOfCompromise from 'compromise';

/**
 * compromise's one-file CommonJS build (its package's `require` export, the same release as the
 * ES module source, which loads 456 files): loaded, then dropped from the require cache at once,
 * so the copy the caller changes is its own and a later `require('compromise')` gets a fresh one.
 */
export function privateCompromise(): typeof nlpOfCompromise {
  const require = createRequire(import.meta.url);
  const file = require.resolve('compromise');
  const nlp = require(file) as typeof nlpOfCompromise;
  delete require.cache[file];
  return nlp;
}
