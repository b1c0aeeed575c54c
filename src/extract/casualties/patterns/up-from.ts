// A figure that changed, told against the one before it: "240,000 people had been displaced, up from 180,000 a week
// earlier", "12 were missing, down from an earlier estimate of 30" → the earlier figure, of the same kind (rule up-from).
// GUIDELINES: a figure that changed gives both.
import type { QuantityPattern } from '../types.js';
import { textSincePrevious } from '../words.js';

/** How far back the new figure may end. */
const MAX_GAP = 100;
// right before the earlier figure: ", up from", "down from an earlier estimate of"
const UP_FROM_RE = /[,(–—]\s*(?:up|down)\s+from\s+(?:(?:an?|the)\s+)?(?:(?:earlier|previous|initial|original)\s+)?(?:(?:figure|estimate|count|tally)\s+of\s+)?$/i;

export const upFrom: QuantityPattern = {
  name: 'up-from',
  extract(sentence, quantity, previous) {
    const gap = textSincePrevious(sentence, quantity, previous, MAX_GAP);
    if (gap === null || !previous || !UP_FROM_RE.test(gap)) return null;
    const { count, min, max, qualifier } = quantity;
    return { kind: previous.kind, quantity: { count, min, max, qualifier }, victims: previous.victims, start: quantity.start, end: quantity.end };
  },
};
