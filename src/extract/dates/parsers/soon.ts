// "will soon reopen", "may soon be charged", "expects sales to soon recover": a time just ahead, TIMEX3 FUTURE_REF.
// Only where the clause looks ahead: "soon became" and "was soon released" tell of the past, "as soon as" and
// "soon after" tie an event to another, and "soon-to-be" is an adjective.
import { pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

/** A modal right before "soon" puts it ahead. */
const MODAL_BEFORE = /\b(?:will|would|shall|may|might|could|can|should|must|'ll)\s+$/i;
/** So does a split infinitive, "to soon recover" (not a misspelt "too soon,"). */
const INFINITIVE = { before: /\bto\s+$/i, after: /^\s+[a-z]/ };
/** A modal right after it: "it soon will begin". */
const AHEAD_AFTER = /^\s+(?:will|would|shall|may|might|could|should)\b/i;
/** "as soon as", "so soon", "how soon", "too soon": a comparison or question, not a time ahead; "will not soon forget": never. */
const NOT_BEFORE = /\b(?:as|so|how|too|very|not)\s+$/i;
/** "soon after", "soon afterward", "soon thereafter", "soon-to-be". */
const NOT_AFTER = /^(?:\s+(?:after|afterwards?|thereafter|as)\b|-)/i;

export const soonParser: DateParser = {
  name: 'soon',
  pattern: pattern('\\bsoon\\b'),
  extract(m, ctx) {
    const before = ctx.text.slice(Math.max(0, m.index - 12), m.index).replace(/’/g, "'");
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (NOT_BEFORE.test(before) || NOT_AFTER.test(after)) return null;
    const infinitive = INFINITIVE.before.test(before) && INFINITIVE.after.test(after);
    const ahead = MODAL_BEFORE.test(before) || infinitive || AHEAD_AFTER.test(after) || ctx.tenseAt(m.index) === 'future';
    return ahead ? { type: 'DATE', value: 'FUTURE_REF' } : null;
  },
};
