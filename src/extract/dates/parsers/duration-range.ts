// "two to three weeks", "the next 12 to 18 months", "three or four days": a range of amounts of one unit is one
// DURATION (TempEval-3 annotates the whole range), valued at its lower bound.
import { MONTH_PATTERN } from '../../../document/calendar.js';
import { NUMBER_PATTERN, parseNumber } from '../../../text/numbers.js';
import { durationValue } from '../normalize.js';
import { UNIT, isCapitalized, pattern, readQuantity } from '../patterns.js';
import type { DateParser } from '../types.js';

const RANGE_MODIFIER = '(?:past|last|next|first|coming|previous|following)';
/** "June 2012 to 15 years", "Aug. 10 to two years": the first number belongs to a date. */
const MONTH_BEFORE = new RegExp(`\\b${MONTH_PATTERN}\\.?\\s+$`, 'i');

export const durationRangeParser: DateParser = {
  name: 'duration-range',
  pattern: pattern(
    `\\b(?:the\\s+${RANGE_MODIFIER}\\s+)?(?<from>${NUMBER_PATTERN})\\s+(?:to|or)\\s+(?<to>${NUMBER_PATTERN})[\\s-]+(?<unit>${UNIT})\\b(?!-|\\s+(?:old|ago|earlier)\\b)`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    // Ages ("18 to 25 years old") and "three to four years ago" are read elsewhere; a capitalised unit is a title.
    if (isCapitalized(g.unit) || MONTH_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) return null;
    const quantity = readQuantity(g.from, g.unit);
    const upper = parseNumber(g.to.toLowerCase());
    // A range runs upwards; "2012 to 15 years" joins two numbers that are no range.
    if (!quantity || quantity.amount === null || upper === null || upper <= quantity.amount) return null;
    return { type: 'DURATION', value: durationValue(quantity.amount, quantity.unit) };
  },
};
