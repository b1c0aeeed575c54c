// "that day", "that same day", "later that night", "the same morning", "later in [the day]": a day already named in
// the story (TempEval-3 leaves "later in" outside the extent). The value here is the reference day; resolve-day-anaphora
// moves it to the day last mentioned when there is one.
import { DAY_PARTS } from '../../../lexicon/day-parts.js';
import { relativePeriod } from '../normalize.js';
import { DAY_PART, pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

export const thatDayParser: DateParser = {
  name: 'that-day',
  pattern: pattern(`\\b(?:(?:(?:earlier|later|early|late)\\s+)?(?:that|the\\s+same)\\s+(?:same\\s+)?|(?:earlier|later)\\s+in\\s+the\\s+)(day|${DAY_PART})\\b`),
  extract(m, ctx) {
    const day = relativePeriod(ctx.reference, 'D', 0);
    const part = DAY_PARTS[m[1].toLowerCase()];
    const inThe = /\sin\s+the\s/i.exec(m[0]);
    const span = inThe ? { from: inThe.index + inThe[0].length - 4, to: m[0].length } : undefined;
    return part ? { type: 'TIME', value: `${day}T${part}`, span } : { type: 'DATE', value: day, span };
  },
};
