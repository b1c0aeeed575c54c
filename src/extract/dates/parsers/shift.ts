// "the previous day", "the day before", "the following week", "the next morning": dates told relative to an
// event. The value is resolved against the reference; `shift` lets the calls extractor re-anchor it on the event.
import { DAY_PARTS } from '../../../lexicon/day-parts.js';
import type { RelativeShift } from '../../context.js';
import { relativePeriod } from '../normalize.js';
import { DAY_PART, pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

const UNITS: Record<string, RelativeShift['unit']> = { day: 'D', week: 'W', month: 'M', year: 'Y' };
const DIRECTIONS: Record<string, 1 | -1> = {
  previous: -1, preceding: -1, before: -1, earlier: -1, following: 1, next: 1, after: 1, later: 1,
};

export const shiftParser: DateParser = {
  name: 'shift',
  pattern: pattern(
    `\\bthe\\s+(?:(previous|preceding|next|following)\\s+(day|week|month|year|${DAY_PART})|(day|week|month|year)\\s+(before|after|earlier|later))\\b(?!\\s+(?:yesterday|tomorrow)\\b)`,
  ),
  extract(m, ctx) {
    const unitWord = (m[2] ?? m[3]).toLowerCase();
    const direction = DIRECTIONS[(m[1] ?? m[4]).toLowerCase()];
    const part = DAY_PARTS[unitWord];
    if (part) {
      // "the next morning" is the morning of the day after.
      return { type: 'TIME', value: `${relativePeriod(ctx.reference, 'D', direction)}T${part}`, shift: { amount: 1, unit: 'D', direction } };
    }
    const unit = UNITS[unitWord];
    const shift: RelativeShift = { amount: 1, unit, direction };
    const value = relativePeriod(ctx.reference, unit, direction);
    // "the day before the vote": the extent is "the day"; "the day before." keeps its adverb.
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    const relational = m[4] && /^(?:before|after)$/i.test(m[4]) && /^\s+[a-z]/i.test(after);
    const span = relational ? { from: 0, to: m[0].slice(0, m[0].length - m[4].length).trimEnd().length } : undefined;
    return { type: 'DATE', value, shift, span };
  },
};
