// compromise's tokenizer (`nlp.tokenize`) with the same terms at less cost. Its own computes each
// word's normal form twice (once while splitting, again in its first steps), and its contraction
// step compares every word with each of its ~60 known contractions; here each distinct word's forms
// are made once (word-forms.ts), and the contraction step is given only the sentences holding a
// word it could split.
import type { Nlp, NlpView } from './nlp.js';
import { wordForms, type FormingWorld } from './word-forms.js';

interface Term {
  text: string;
  normal: string;
}
type Document = Term[][];
interface TokenizerWorld extends FormingWorld {
  model: { one: { contractions?: Array<{ word?: string; after?: string }> } };
}
interface TokenizerView {
  document: Document;
  compute(steps: string[]): unknown;
}
type ViewClass = new (document: Document) => TokenizerView;

/** compromise's known contractions: words it splits whole ("gonna", "cannot"), and endings after an apostrophe ("ll", "re"). */
interface Contractions {
  words: Set<string>;
  afters: Set<string>;
}
interface Tokenizer {
  View: ViewClass;
  world: TokenizerWorld;
  known: Contractions;
  termsOf(text: string): Document;
}
const tokenizers = new WeakMap<Nlp, Tokenizer>();

function tokenizerOf(nlp: Nlp): Tokenizer {
  let tokenizer = tokenizers.get(nlp);
  if (tokenizer === undefined) {
    const world = nlp.world() as unknown as TokenizerWorld;
    const View = (nlp.tokenize('') as unknown as TokenizerView).constructor as ViewClass;
    const list = world.model.one.contractions ?? [];
    const known = { words: new Set(list.flatMap((c) => (c.word ? [c.word] : []))), afters: new Set(list.flatMap((c) => (c.after ? [c.after] : []))) };
    tokenizer = { View, world, known, termsOf: wordForms(world) as (text: string) => Document };
    tokenizers.set(nlp, tokenizer);
  }
  return tokenizer;
}

/** compromise's tests for a number range ("3-4", "9-5pm") and a number with its unit ("4km"), which it splits. */
const NUMBER_RANGE_RE = /^[0-9][^-–—]*[-–—].*?[0-9]/;
const NUMBER_UNIT_RE = /^[+-]?[0-9][.,0-9]*[a-z°²³µ/]+$/;
/** Words before a possessive 's that the step still splits: "there's", and the French elisions l', d', j'. */
const SPLIT_BEFORE_S = new Set(['there', 'l', 'd', 'j']);

/**
 * A word compromise's contraction step may split: a known one ("gonna"), one with an apostrophe
 * other than a possessive 's ("don't", "we'll", "l'amour"), a number range or a number with a unit.
 * It looks at the neighbours only of such words.
 */
function mayContract(term: Term, known: Contractions): boolean {
  const { normal } = term;
  if (known.words.has(normal)) return true;
  if (normal.includes("'")) {
    const [before, after] = normal.split("'");
    return after !== 's' || known.afters.has(after) || SPLIT_BEFORE_S.has(before);
  }
  return NUMBER_RANGE_RE.test(normal) || NUMBER_UNIT_RE.test(term.text);
}

/** The view `nlp.tokenize(text)` gives: the same sentences, terms, normal and machine forms, aliases and contractions. */
export function tokenize(nlp: Nlp, text: string): NlpView {
  const { View, world, known, termsOf } = tokenizerOf(nlp);
  const view = new View(termsOf(text));
  // The step splits words in place, sentence by sentence; the term indexes it sets are made again by the `index` step.
  const contracting = view.document.filter((terms) => terms.some((term) => mayContract(term, known)));
  if (contracting.length > 0) world.compute.contractions(new View(contracting));
  return view as unknown as NlpView;
}
