// A part set among a whole that has a figure of its own: "Two journalists were among the five people killed",
// "three children are among the 40 injured" → the part is a figure of the whole's kind (rule among-the-figure).
import { NUMBER_PATTERN } from '../../../text/numbers.js';
import { cueAt, type CueMatch } from '../cues.js';
import type { QuantityPattern } from '../types.js';
import { victimsAfter, wordAt } from '../words.js';

// "(were) among the 12", "(are) also among the nearly 40", "(was) among three people": the whole's figure, perhaps hedged
const AMONG_WHOLE = `(?:also\\s+)?among\\s+(?:(?:the|those)\\s+)?(?:(?:at\\s+least|more\\s+than|nearly|about|some|over)\\s+)?(?:${NUMBER_PATTERN})(?![\\w-])`;
const AMONG_WHOLE_RE = new RegExp(`^\\s+(?:was|were|is|are)\\s+${AMONG_WHOLE}`, 'i');
const AMONG_WHOLE_AFTER_VERB_RE = new RegExp(`^\\s*${AMONG_WHOLE}`, 'i');
/** How many words ("people", "civilians") may stand between the whole's figure and its cue. */
const MAX_WORDS = 2;

/** The cue of the whole, right after its figure or after a word or two naming who it counts. */
function cueAfterWhole(text: string, pos: number): CueMatch | null {
  let at = pos;
  for (let words = 0; words <= MAX_WORDS; words++) {
    const cue = cueAt(text, at);
    if (cue) return cue;
    const word = wordAt(text, at);
    if (!word) return null;
    at = word.end;
  }
  return null;
}

/** "(a girl was) among three people wounded": the cue of the whole a person is set among, read after the verb. */
export function cueOfWholeAfterVerb(text: string, pos: number): CueMatch | null {
  const among = AMONG_WHOLE_AFTER_VERB_RE.exec(text.slice(pos));
  return among ? cueAfterWhole(text, pos + among[0].length) : null;
}

export const amongTheFigure: QuantityPattern = {
  name: 'among-the-figure',
  extract(sentence, quantity) {
    const { text, raw, start: base } = sentence;
    const people = victimsAfter(text, quantity.end - base);
    if (!people || people === 'not-people') return null;
    const among = AMONG_WHOLE_RE.exec(text.slice(people.end));
    if (!among) return null;
    const cue = cueAfterWhole(text, people.end + among[0].length);
    if (!cue || cue.kind === 'displaced' || cue.kind === 'affected') return null;
    const { count, min, max, qualifier } = quantity;
    return { kind: cue.kind, quantity: { count, min, max, qualifier }, victims: raw.slice(people.start, people.end), start: quantity.start, end: base + people.end };
  },
};
