// compromise as this project uses it: a private instance, made on first use, that knows the
// project's word lists, sweeps its patterns faster and makes no views of what the sweep found
// (sweep.ts), looks words up in its lexicon at less cost (lexicon-step.ts) and parses the words of
// each kind of contraction once (from-text-memo.ts). Nothing here touches the `compromise` that
// other code imports.
import type nlpOfCompromise from 'compromise';
import { lexiconWords } from './actors/plugin.js';
import { privateCompromise } from './compromise-copy.js';
import { memoizeFromText } from './from-text-memo.js';
import { fasterLexiconSteps, type LexiconWorld } from './lexicon-step.js';
import { fasterBulkMatch, leanPostTagger, type BulkMatch, type PostTaggerWorld, type SweepMethods } from './sweep.js';

export type Nlp = typeof nlpOfCompromise;
export type NlpView = ReturnType<Nlp>;

let instance: Nlp | null = null;

/** The private compromise, built on first call. */
export function compromise(): Nlp {
  if (instance) return instance;
  const nlp = privateCompromise();
  const methods = nlp.methods() as unknown as { one: SweepMethods['one'] & { bulkMatch: BulkMatch } };
  methods.one.bulkMatch = fasterBulkMatch(methods.one.bulkMatch);
  const known = (nlp.world() as { model: { one: { lexicon: Record<string, unknown> } } }).model.one.lexicon;
  nlp.plugin({ words: lexiconWords((word) => known[word] !== undefined) });
  fasterLexiconSteps(nlp.world() as unknown as LexiconWorld);
  leanPostTagger(nlp.world() as unknown as PostTaggerWorld);
  memoizeFromText(nlp('').constructor as unknown as Parameters<typeof memoizeFromText>[0]);
  instance = nlp;
  return nlp;
}
