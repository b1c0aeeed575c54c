// The one compromise parse of a document, made cheaper: the phrase chunker is skipped (no
// extractor reads chunks), the tokenizer is tokenize.ts's, the tagger's pattern sweep is sweep.ts's
// (see nlp.ts), and both taggers run only where a tag is read (stretches.ts).
import { compromise, type NlpView } from './nlp.js';
import { computeOnStretches } from './stretches.js';
import { tokenize } from './tokenize.js';

export type { NlpView } from './nlp.js';

/** compromise's own steps after tokenizing (tokenize.ts runs the first ones), less the chunker. */
const SKIPPED_STEPS = new Set(['contractions', 'alias', 'machine', 'chunks']);
/** The taggers, which run on stretches of the text (stretches.ts). */
const STRETCH_STEPS = ['preTagger', 'postTagger'] as const;
let taggingSteps: string[] | null = null;

/**
 * The tagger's sentence splitter rescans the whole of a growing sentence at each full stop that
 * does not end it ("Mr. Mr. Mr. ..."), and its word splitter rescans a whole word at each of its
 * dots ("A.A.A. ..."): quadratic in the longest line and the longest word. No news sentence is
 * near these bounds; text past them is junk (lists without stops, runs of capitals, encoded data).
 */
export const MAX_LINE_CHARS = 2_000;
export const MAX_WORD_CHARS = 100;

const LONG_WORD_RE = new RegExp(`\\S{${MAX_WORD_CHARS + 1},}`, 'g');
const SENTENCE_END_RE = /[.!?]["”’')\]]*\s/g;

/** Where to break a line that runs past `limit`: after the last sentence end in its second half, else the last space. */
function breakAt(text: string, from: number, limit: number): number {
  const half = from + (limit - from) / 2;
  let at = -1;
  SENTENCE_END_RE.lastIndex = half;
  for (let m = SENTENCE_END_RE.exec(text); m && m.index + m[0].length <= limit; m = SENTENCE_END_RE.exec(text)) at = m.index + m[0].length - 1;
  if (at >= 0) return at;
  for (let i = limit - 1; i > from; i--) if (/\s/.test(text[i])) return i;
  return -1;
}

/**
 * The text as the tagger reads it, of the same length so every offset holds: words longer than
 * MAX_WORD_CHARS blanked out, and a line break put into every MAX_LINE_CHARS of a longer line.
 */
export function boundedForTagger(text: string): string {
  const blanked = text.replace(LONG_WORD_RE, (word) => ' '.repeat(word.length));
  const breaks: number[] = [];
  for (let lineStart = 0; lineStart < blanked.length; ) {
    const newline = blanked.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? blanked.length : newline;
    // Once long words are blanked, a line has whitespace at least every MAX_WORD_CHARS + 1 characters.
    const at = lineEnd - lineStart > MAX_LINE_CHARS ? breakAt(blanked, lineStart, lineStart + MAX_LINE_CHARS) : -1;
    if (at >= 0) breaks.push(at);
    lineStart = at >= 0 ? at + 1 : lineEnd + 1;
  }
  if (breaks.length === 0) return blanked;
  let bounded = '';
  let from = 0;
  for (const at of breaks) {
    bounded += `${blanked.slice(from, at)}\n`;
    from = at + 1;
  }
  return bounded + blanked.slice(from);
}

/** Tags and offsets as `nlp(text)` gives them wherever an extractor reads them, on text whose lines and words are within the bounds above. */
export function parse(text: string): NlpView {
  const nlp = compromise();
  taggingSteps ??= nlp.hooks().filter((step) => !SKIPPED_STEPS.has(step));
  const view = tokenize(nlp, boundedForTagger(text));
  for (const step of taggingSteps) {
    if ((STRETCH_STEPS as readonly string[]).includes(step)) computeOnStretches(view, step as (typeof STRETCH_STEPS)[number]);
    else view.compute(step);
  }
  // What compromise's post-tagger does to the whole view after its sweep.
  view.uncache();
  view.unfreeze();
  return view;
}
