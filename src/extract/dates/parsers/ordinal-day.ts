// "on the 21st", "by the 3rd": a day of the month without its month is the reference month's, or the month's on
// either side when the clause's tense puts that day behind or ahead ("will report on the 2nd", said on the 20th).
// Not "the 15th century", "on the 5th floor": a noun after the ordinal makes it no day; nor a golf hole or a storey
// named earlier in the sentence ("a birdie on the 16th, sending a wedge ...").
import { pad2, timexValue } from '../../../document/calendar.js';
import { ORDINAL_PLACES } from '../../../lexicon/ordinal-places.js';
import { alternation, pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

/** After the day: the end of the clause or a word that opens the next phrase. */
const CLAUSE_GOES_ON = /^(?:\s*[.,;:)!?'"”]|\s+(?:and|or|but|at|in|when|to|with|after|before|until|from|for)\b|\s*$)/;

/** "on the 15th and 17th holes": a second ordinal with its noun makes the first one a count of that noun too. */
const ORDINAL_NOUN_AFTER = /^\s+(?:and|or)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+[a-z]/i;

/** A counted place before the ordinal, in its sentence. */
const PLACE_BEFORE = new RegExp(`\\b(?:${alternation(ORDINAL_PLACES)})s?\\b[^.!?]*$`, 'i');
const LOOK_BACK = 200;

export const ordinalDayParser: DateParser = {
  name: 'ordinal-day',
  pattern: pattern(`\\b(?:on|by|until|till|since|before|after)\\s+(the\\s+([1-9]|[12]\\d|3[01])(?:st|nd|rd|th))\\b`),
  extract(m, ctx) {
    const day = Number(m[2]);
    const end = m.index + m[0].length;
    const after = ctx.text.slice(end, end + 30);
    if (!CLAUSE_GOES_ON.test(after) || ORDINAL_NOUN_AFTER.test(after)) return null;
    if (PLACE_BEFORE.test(ctx.text.slice(Math.max(0, m.index - LOOK_BACK), m.index))) return null;
    const from = m[0].length - m[1].length;
    const span = { from, to: m[0].length };
    const ref = ctx.reference;
    if (ref?.year == null || ref.month === null || ref.day === null) return { type: 'DATE', value: `XXXX-XX-${pad2(day)}`, span };
    const tense = ctx.tenseAt(m.index);
    const shift = tense === 'past' && day > ref.day ? -1 : tense === 'future' && day < ref.day ? 1 : 0;
    const index = ref.year * 12 + ref.month - 1 + shift;
    return { type: 'DATE', value: timexValue(Math.floor(index / 12), (index % 12) + 1, day), span };
  },
};
