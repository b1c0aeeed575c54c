// Sets: "daily", "every week", "each Thursday", "each July", "each spring", "every three years", "per year".
import { MONTH_PATTERN, WEEKDAY_PATTERN, monthNumber, pad2, weekdayNumber } from '../../../document/calendar.js';
import { DAY_PARTS, SEASONS } from '../../../lexicon/day-parts.js';
import { FREQUENCY_WORDS } from '../../../lexicon/time-units.js';
import { durationValue } from '../normalize.js';
import { AMOUNT, DAY_PART, UNIT, alternation, isCapitalized, isSpeed, pattern, readQuantity } from '../patterns.js';
import type { DateParser } from '../types.js';


/** A sentence's first word: "Daily flights resume" is no name. */
const SENTENCE_START = /(?:^|[.!?:]["'”’]?\s+|\n\s*|["“‘`(]\s*)$/;

/** A capitalised "Daily" or "Weekly" inside a sentence is part of a name ("the China Daily", "Publishers Weekly"). */
function inName(text: string, word: string, at: number): boolean {
  return isCapitalized(word) && !SENTENCE_START.test(text.slice(Math.max(0, at - 4), at));
}

export const frequencyWordParser: DateParser = {
  name: 'frequency-word',
  pattern: pattern(`\\b(${alternation(Object.keys(FREQUENCY_WORDS))})\\b`),
  extract(m, ctx) {
    if (inName(ctx.text, m[1], m.index)) return null;
    const [amount, unit] = FREQUENCY_WORDS[m[1].toLowerCase()];
    return { type: 'SET', value: durationValue(amount, unit) };
  },
};

export const everyParser: DateParser = {
  name: 'every',
  pattern: pattern(
    `\\b(?:every|each|per)\\s+(?:(other)\\s+)?(?:(${WEEKDAY_PATTERN}|${MONTH_PATTERN})|(${DAY_PART})|(?:(${AMOUNT})\\s+)?(${UNIT})|(${alternation(Object.keys(SEASONS))}))\\b`,
  ),
  extract(m, ctx) {
    if (m[2]) {
      if (!isCapitalized(m[2])) return null;
      const weekday = weekdayNumber(m[2]);
      if (weekday !== null) return { type: 'SET', value: `XXXX-WXX-${weekday + 1}` };
      return { type: 'SET', value: `XXXX-${pad2(monthNumber(m[2])!)}` };
    }
    if (m[3]) return { type: 'SET', value: `XXXX-XX-XXT${DAY_PARTS[m[3].toLowerCase()]}` };
    // "each spring": TimeML's set of that season in every year.
    if (m[6]) return m[1] ? null : { type: 'SET', value: `XXXX-${SEASONS[m[6].toLowerCase()]}` };
    const quantity = readQuantity(m[4] ?? 'a', m[5]);
    if (!quantity || quantity.amount === null || isSpeed(ctx.text, m.index)) return null;
    return { type: 'SET', value: durationValue(quantity.amount * (m[1] ? 2 : 1), quantity.unit) };
  },
};
