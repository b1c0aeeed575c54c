// compromise's `fromString` followed by its `alias` and `machine` steps, with each distinct word
// worked out once. Its word splitter cuts a text into strings (the word with its punctuation and
// spaces: "said, "), and what each step then makes of a term (text, pre, post, normal form, aliases,
// machine form) depends on that string alone; those steps cost more than the splitting (an array
// of characters per word, a dozen replaces for the normal form), and wire copy repeats its words.
interface FormedTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  normal?: string;
  alias?: string[];
  machine?: string;
}
interface TermView {
  docs: FormedTerm[][];
  world: FormingWorld;
}
export interface FormingWorld {
  methods: {
    one: {
      tokenize: {
        splitSentences(text: string, world: FormingWorld): string[];
        splitTerms(sentence: string, model: unknown): string[];
        splitWhitespace(word: string, model: unknown): FormedTerm;
      };
    };
  };
  model: unknown;
  /** compromise's steps, each given a view (here an object with the terms in `docs`). */
  compute: Record<string, (view: object) => void>;
}

/** compromise's per-term steps of tokenizing, in its order: `normal` inside fromString, then the parser hooks. */
const TERM_STEPS = ['normal', 'alias', 'machine'];
/**
 * Distinct words kept; past this the store starts again (a run over many documents does not grow
 * without end). 100,000 cost two workers ~40 MB (load peaked at 340 MB); 5,000 keeps the words wire
 * copy repeats, and the one-thread bench ratio did not change beyond its noise (0.69-0.70 at 5,000 and 20,000).
 */
const MAX_KNOWN_WORDS = 5_000;

/** A fresh term equal to `known`, properties made in the order compromise's steps make them. */
function termLike(known: FormedTerm): FormedTerm {
  const term: FormedTerm = { text: known.text, pre: known.pre, post: known.post, tags: new Set(), normal: known.normal };
  if (known.alias !== undefined) term.alias = [...known.alias];
  if (known.machine !== undefined) term.machine = known.machine;
  return term;
}

/** Turns texts into compromise's document of terms, as `fromString` + `alias` + `machine` do. */
export function wordForms(world: FormingWorld): (text: string) => FormedTerm[][] {
  const known = new Map<string, FormedTerm>();
  const { splitSentences, splitTerms, splitWhitespace } = world.methods.one.tokenize;
  return (text) => {
    if (known.size > MAX_KNOWN_WORDS) known.clear();
    const words = splitSentences(text, world).map((sentence) => splitTerms(sentence, world.model));
    const fresh: FormedTerm[] = [];
    for (const sentence of words) {
      for (const word of sentence) {
        if (known.has(word)) continue;
        const term = splitWhitespace(word, world.model);
        known.set(word, term);
        fresh.push(term);
      }
    }
    const view: TermView = { docs: [fresh], world };
    if (fresh.length > 0) for (const step of TERM_STEPS) world.compute[step](view);
    return words.map((sentence) => sentence.map((word) => termLike(known.get(word) as FormedTerm)));
  };
}
