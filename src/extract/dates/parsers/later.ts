// "three days later", "an hour or so later": the amount is counted from an earlier moment of the story, not from
// the reference, so TimeML reads it as a DURATION and leaves "later" outside the extent (as with "a day after").
// No shift: the moment it counts from is not the story's day.
import { durationValue } from '../normalize.js';
import { DURATION_CORE, pattern, readQuantity } from '../patterns.js';
import type { DateParser } from '../types.js';

export const laterParser: DateParser = {
  name: 'later-duration',
  pattern: pattern(`\\b${DURATION_CORE}(?:\\s+or\\s+so)?(?=\\s+later\\b)`, 'gi'),
  extract(m) {
    const g = m.groups!;
    const quantity = readQuantity(g.amount, g.unit);
    if (!quantity || g.article?.toLowerCase() === 'the') return null;
    return { type: 'DURATION', value: durationValue(quantity.amount, quantity.unit) };
  },
};
