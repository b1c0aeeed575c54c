// compromise's two taggers run only where an extractor reads a tag. Only the actors read tags, and
// only of capitalised words and the words beside them (runs.ts, acting.ts, surnames.ts,
// classify-news.ts), so the pre-tagger and the post-tagger's pattern sweep are given the stretches
// of REACH words either side of a capitalised word (within a sentence for the pre-tagger, within a
// comma-separated piece for the sweep, as compromise runs them); the other words keep their lexicon
// tags. A pattern that tags such a word from further away is rare, and a stretch's first and last
// words count as the piece's for patterns anchored with ^ or $.
import type { NlpView } from './nlp.js';

interface Term {
  text: string;
  post: string;
  tags: Set<string>;
  index: [number, number];
}
interface StretchableView {
  world: { methods: { two: { quickSplit(document: Term[][]): Term[][] } } };
  docs: Term[][];
  update(pointers: number[][]): { compute(step: string): unknown };
}

const CAPITALISED_RE = /^\p{Lu}/u;
/**
 * Closed-class tags: a sentence's first word with one of them is capitalised only by its place and
 * never read as a name (runs.ts's NEVER_NAME), so it alone does not call for tagging.
 */
const CLOSED_CLASS = ['Auxiliary', 'Conjunction', 'Copula', 'Determiner', 'Modal', 'Preposition', 'Pronoun', 'QuestionWord'];

/** Words either side of a capitalised word that the taggers see (compromise's patterns are mostly 2–4 words). */
const REACH = 3;

/** Whether a word starts with a capital: ASCII decided without the Unicode pattern (run on every word twice). */
function capitalised(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : CAPITALISED_RE.test(text);
}

const candidate = (term: Term): boolean =>
  capitalised(term.text) && !(term.index[1] === 0 && CLOSED_CLASS.some((tag) => term.tags.has(tag)));

/** A word ending in a colon: the pre-tagger reads it as a heading word ("Scorer:") when it opens what it is given. */
const COLON_RE = /:/;

/** Pointers [sentence, start, end] to the stretches of a piece or sentence around its candidates, overlapping ones merged. */
function stretches(terms: Term[]): number[][] {
  const out: number[][] = [];
  const [n, base] = terms[0].index;
  terms.forEach((term, i) => {
    if (!candidate(term)) return;
    let from = Math.max(0, i - REACH);
    while (from > 0 && COLON_RE.test(terms[from].post)) from--;
    const to = Math.min(terms.length, i + REACH + 1);
    const last = out.at(-1);
    if (last && last[2] >= base + from) last[2] = base + to;
    else out.push([n, base + from, base + to]);
  });
  return out;
}

/** Pointers [sentence, start, end] to the stretches around candidate names in each piece or sentence, by the tags the words have now. */
export function taggedStretches(parsed: NlpView, within: 'pieces' | 'sentences'): number[][] {
  const view = parsed as unknown as StretchableView;
  return (within === 'pieces' ? view.world.methods.two.quickSplit(view.docs) : view.docs).flatMap(stretches);
}

/**
 * One of compromise's tagging steps (`preTagger`, `postTagger`) on the stretches instead of the
 * whole text. Both split what they are given at commas again: the pre-tagger's stretches are split
 * as their sentence is, the sweep's hold no split.
 */
export function computeOnStretches(parsed: NlpView, step: 'preTagger' | 'postTagger'): void {
  const pointers = taggedStretches(parsed, step === 'preTagger' ? 'sentences' : 'pieces');
  if (pointers.length > 0) (parsed as unknown as StretchableView).update(pointers).compute(step);
}
