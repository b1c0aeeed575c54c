// compromise's post-tagger (its pattern sweep, half the time of a parse) run only where an
// extractor reads a tag. Only the actors read tags, and only of capitalised words and the words
// beside them (runs.ts, acting.ts, surnames.ts, classify-news.ts), so the sweep is given, in each
// comma-separated piece (where compromise runs it), the stretches of REACH words either side of a
// capitalised word: a pattern that tags such a word from further away is rare, and a stretch's
// first and last words count as the piece's for patterns anchored with ^ or $.
import type { NlpView } from './nlp.js';

interface Term {
  text: string;
  tags: Set<string>;
  index: [number, number];
}
interface StretchableView {
  world: { methods: { two: { quickSplit(document: Term[][]): Term[][] } } };
  docs: Term[][];
  update(pointers: number[][]): { compute(step: string): unknown };
  uncache(): void;
  unfreeze(): void;
}

const CAPITALISED_RE = /^\p{Lu}/u;
/**
 * Closed-class tags: a sentence's first word with one of them is capitalised only by its place and
 * never read as a name (runs.ts's NEVER_NAME), so it alone does not call for the sweep.
 */
const CLOSED_CLASS = ['Auxiliary', 'Conjunction', 'Copula', 'Determiner', 'Modal', 'Preposition', 'Pronoun', 'QuestionWord'];

/** Words either side of a capitalised word that the sweep sees (compromise's patterns are mostly 2–4 words). */
const REACH = 3;

const candidate = (term: Term): boolean =>
  CAPITALISED_RE.test(term.text) && !(term.index[1] === 0 && CLOSED_CLASS.some((tag) => term.tags.has(tag)));

/** Pointers [sentence, start, end] to the stretches of a piece around its candidates, overlapping ones merged. */
function stretches(piece: Term[]): number[][] {
  const out: number[][] = [];
  const [n, base] = piece[0].index;
  piece.forEach((term, i) => {
    if (!candidate(term)) return;
    const from = Math.max(0, i - REACH);
    const to = Math.min(piece.length, i + REACH + 1);
    const last = out.at(-1);
    if (last && last[2] >= base + from) last[2] = base + to;
    else out.push([n, base + from, base + to]);
  });
  return out;
}

/** Pointers [sentence, start, end] to what the sweep is given: the stretches around candidate names in each piece. */
export function sweptStretches(parsed: NlpView): number[][] {
  const view = parsed as unknown as StretchableView;
  return view.world.methods.two.quickSplit(view.docs).flatMap(stretches);
}

/** compromise's own `postTagger` step, given the stretches around candidate names instead of the whole text. */
export function postTagCandidates(parsed: NlpView): void {
  const view = parsed as unknown as StretchableView;
  const pointers = sweptStretches(parsed);
  // compromise's step splits what it is given at commas again; a stretch holds no split, so it sweeps each stretch whole.
  if (pointers.length > 0) view.update(pointers).compute('postTagger');
  view.uncache();
  view.unfreeze();
}
