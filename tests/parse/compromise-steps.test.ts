import { createRequire } from 'node:module';
import type nlpOfCompromise from 'compromise';
import { describe, expect, it } from 'vitest';
import { privateCompromise } from '../../src/extract/compromise-copy.js';
import { compromise, type NlpView } from '../../src/extract/nlp.js';
import { leanPostTagger, type PostTaggerWorld } from '../../src/extract/sweep.js';
import { tokenize } from '../../src/extract/tokenize.js';

type Step = (view: unknown) => void;
interface Term {
  text: string;
  tags: Set<string>;
}
/** compromise's own steps, from a copy of its build that this project has not changed. */
function compromiseSteps(): Record<string, Step> {
  const require = createRequire(import.meta.url);
  const file = require.resolve('compromise');
  delete require.cache[file];
  const fresh = require(file) as typeof nlpOfCompromise;
  delete require.cache[file];
  return (fresh.world() as unknown as { compute: Record<string, Step> }).compute;
}
/** Every term with its properties in the order they were set, ids left out. */
const termsOf = (view: NlpView): unknown[][] =>
  (view as unknown as { document: Term[][] }).document.map((terms) =>
    terms.map((t) => Object.entries(t).flatMap(([name, value]) => (name === 'id' ? [] : [[name, value instanceof Set ? [...value] : value]]))),
  );
/** The text tokenized, then `freeze` and `lexicon` run by `run`. */
function lexiconTagged(text: string, run: (view: NlpView, step: string) => void): NlpView {
  const view = tokenize(compromise(), text);
  view.compute('index');
  for (const step of ['freeze', 'lexicon']) run(view, step);
  return view;
}

const SENTENCES = [
  'The prime minister said the United States would take part in the talks in New York on Monday.',
  'Officials in San Antonio said the so called peace plan was brand new, the New York Times reported.',
  'The rebels backed down after the envoy re-opened the border crossing and the unarmed monitors left.',
  'He said the talks would resume by the time the delegates returned to the',
  'Kim and/or her deputy, the ex-minister, rejected the up to date figures on Tuesday.',
];

describe("compromise's freeze and lexicon steps at less cost", () => {
  const own = compromiseSteps();
  it.each(SENTENCES)('tags every word as compromise does: %s', (text) => {
    const ours = lexiconTagged(text, (view, step) => view.compute(step));
    const theirs = lexiconTagged(text, (view, step) => own[step](view));
    expect(termsOf(ours)).toEqual(termsOf(theirs));
  });

  it('freezes a phrase of the frozen lexicon and tags a multi-word entry as one', () => {
    const view = lexiconTagged('The prime minister met officials from the United States.', (v, step) => v.compute(step));
    const terms = (view as unknown as { document: Array<Array<Term & { frozen?: boolean }>> }).document[0];
    expect(terms.filter((t) => t.frozen).map((t) => t.text)).toEqual(['prime', 'minister', 'United', 'States']);
    expect(terms.map((t) => t.tags.has('Country'))).toEqual([false, false, false, false, false, false, false, true, true]);
  });
});

describe("compromise's post-tagger without the views of what its sweep found", () => {
  // Two fresh copies (each builds its pattern net once from its own model): one given the lean step.
  const plain = privateCompromise();
  const lean = privateCompromise();
  leanPostTagger(lean.world() as unknown as PostTaggerWorld);
  /** The text tagged by `nlp`'s steps, the post-tagger last. */
  const postTagged = (nlp: typeof plain, text: string): NlpView => {
    const view = nlp.tokenize(text);
    for (const step of ['index', 'freeze', 'lexicon', 'preTagger', 'contractionTwo', 'postTagger']) view.compute(step);
    return view;
  };

  it.each(SENTENCES)('tags every word as compromise does: %s', (text) => {
    expect(termsOf(postTagged(lean, text))).toEqual(termsOf(postTagged(plain, text)));
  });

  it('still tags from patterns: a name after a title', () => {
    const view = postTagged(lean, 'Police Chief Dana Whitcombe said two men were arrested.');
    const terms = (view as unknown as { document: Term[][] }).document[0];
    expect(terms.filter((t) => t.tags.has('Person')).map((t) => t.text)).toEqual(['Chief', 'Dana', 'Whitcombe']);
  });
});
