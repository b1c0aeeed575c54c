// "that day", "that same day", "later that night", "the same morning": a day already named in the story. The
// value here is the reference day; resolve-day-anaphora moves it to the day last mentioned when there is one.
import { DAY_PARTS } from '../../../lexicon/day-parts.js';
import { relativePeriod } from '../normalize.js';
import { DAY_PART, pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

export const thatDayParser: DateParser = {
  name: 'that-day',
  pattern: pattern(`\\b(?:(?:earlier|later|early|late)\\s+)?(?:that|the\\s+same)\\s+(?:same\\s+)?(day|${DAY_PART})\\b`),
  extract(m, ctx) {
    const day = relativePeriod(ctx.reference, 'D', 0);
    const part = DAY_PARTS[m[1].toLowerCase()];
    return part ? { type: 'TIME', value: `${day}T${part}` } : { type: 'DATE', value: day };
  },
};
