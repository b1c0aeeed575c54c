// A list that gives the cue once: "ten people died in the north, and three in the south" → 10 and 3.
import { CUE_PREFILTER } from '../cues.js';
import type { QuantityPattern } from '../types.js';
import { textSincePrevious } from '../words.js';

/** How far back the figure that gave the cue may stand. */
const MAX_GAP = 90;
// the figure opens a new item of the list: ", 49 in ...", "and three in ...", "while 12 on ...", or adds to the first:
// "and another three in Georgia" (rule elliptical-another)
const ITEM_START_RE = /(?:,|;|\band|\bwhile|\bwith)\s+(?:(?:another|an\s+additional|a\s+further)\s+)?$/i;
// and is told where or when, which is what sets the items apart; "two more on Tuesday" adds to the first (rule
// elliptical-more), the day perhaps masked as a date
const ITEM_TAIL_RE = /^\s+(?:(?:more|others?)\s+)?(?:(?:in|at|on|from|by|near)\s|§)/i;
// the item's words run to the next list break: "three in the coastal district"
const ITEM_END_RE = /^[^,;.()]{1,48}?(?=\s*(?:[,;.()]|$)|\s+(?:and|while|with)\b)/;

export const ellipticalFigure: QuantityPattern = {
  name: 'elliptical',
  extract(sentence, quantity, previous) {
    const gap = textSincePrevious(sentence, quantity, previous, MAX_GAP);
    if (gap === null || !previous || !ITEM_START_RE.test(gap) || CUE_PREFILTER.test(gap)) return null;
    const { text, start: base } = sentence;
    if (!ITEM_TAIL_RE.test(text.slice(quantity.end - base, quantity.end - base + 16))) return null;
    const { count, min, max, qualifier } = quantity;
    const tail = ITEM_END_RE.exec(text.slice(quantity.end - base, quantity.end - base + 60));
    const end = quantity.end + (tail ? tail[0].length : 0);
    return { kind: previous.kind, quantity: { count, min, max, qualifier }, victims: null, start: quantity.start, end };
  },
};
