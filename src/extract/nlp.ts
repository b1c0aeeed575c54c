// compromise as this project uses it: a private instance, made on first use, that knows the
// project's word lists and sweeps its patterns faster (sweep.ts). Nothing here touches the
// `compromise` that other code imports.
import { createRequire } from 'node:module';
import type nlpOfCompromise from 'compromise';
import { lexiconWords } from './actors/plugin.js';
import { fasterBulkMatch, type BulkMatch, type SweepMethods } from './sweep.js';

export type Nlp = typeof nlpOfCompromise;
export type NlpView = ReturnType<Nlp>;

let instance: Nlp | null = null;

/**
 * compromise's one-file CommonJS build (its package's `require` export, the same release as the
 * ES module source, which loads 456 files): loaded, then dropped from the require cache at once,
 * so the copy changed below is ours alone and a later `require('compromise')` gets a fresh one.
 */
function privateCompromise(): Nlp {
  const require = createRequire(import.meta.url);
  const file = require.resolve('compromise');
  const nlp = require(file) as Nlp;
  delete require.cache[file];
  return nlp;
}

/** The private compromise, built on first call. */
export function compromise(): Nlp {
  if (instance) return instance;
  const nlp = privateCompromise();
  const methods = nlp.methods() as unknown as { one: SweepMethods['one'] & { bulkMatch: BulkMatch } };
  methods.one.bulkMatch = fasterBulkMatch(methods.one.bulkMatch);
  const known = (nlp.world() as { model: { one: { lexicon: Record<string, unknown> } } }).model.one.lexicon;
  nlp.plugin({ words: lexiconWords((word) => known[word] !== undefined) });
  instance = nlp;
  return nlp;
}
