// compromise's contraction steps turn each contraction they split ("don't", "he's") into words by
// parsing the words' text anew (`fromText`: tokenizer, lexicon, pre-tagger), once per contraction in
// the text. A parse of the same few words gives the same terms, so each text is parsed once and
// its terms copied.
interface Term {
  tags: Set<string>;
  index?: number[];
}
interface TextView {
  document: Term[][];
  world: unknown;
}
interface ViewWithFromText {
  prototype: { fromText(this: TextView, text: string): TextView };
}
type ViewClass = (new (document: Term[][]) => TextView) & ViewWithFromText;

/** Texts of contractions are few ("do not", "it is"); past this many a text is parsed each time. */
const MAX_TEXTS = 2_000;

const copyOf = (document: Term[][]): Term[][] =>
  document.map((terms) => terms.map((term) => ({ ...term, tags: new Set(term.tags), ...(term.index ? { index: [...term.index] } : {}) })));

/** Makes the View class's `fromText` (of a private compromise) parse each text once. */
export function memoizeFromText(View: ViewClass): void {
  const parseText = View.prototype.fromText;
  const parsed = new Map<string, Term[][]>();
  View.prototype.fromText = function fromText(this: TextView, text: string): TextView {
    let document = parsed.get(text);
    if (document === undefined) {
      document = copyOf(parseText.call(this, text).document);
      if (parsed.size < MAX_TEXTS) parsed.set(text, document);
    }
    const view = new View(copyOf(document));
    view.world = this.world;
    return view;
  };
}
