// "today", "yesterday", "tomorrow", "tonight", "last night", "this morning", "late yesterday".
import { DAY_PARTS } from '../../../lexicon/day-parts.js';
import { relativePeriod } from '../normalize.js';
import { DAY_PART, pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

const DAY_OFFSETS: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

export const relativeDayParser: DateParser = {
  name: 'relative-day',
  pattern: pattern(
    `\\b(?:(?:early|late|earlier|later)\\s+)?(?:(today|yesterday|tomorrow|tonight)(?:\\s+(${DAY_PART}))?|(?:(this|last)\\s+(${DAY_PART}))|the\\s+day\\s+(before|after)\\s+(yesterday|tomorrow))\\b`,
  ),
  extract(m, ctx) {
    const ref = ctx.reference;
    if (m[5]) {
      const offset = (m[6].toLowerCase() === 'yesterday' ? -1 : 1) * 2;
      return { type: 'DATE', value: relativePeriod(ref, 'D', offset) };
    }
    if (m[3]) {
      const part = DAY_PARTS[m[4].toLowerCase()];
      // "last night" is the night before; "last morning" is not said.
      if (m[3].toLowerCase() === 'last' && part !== 'NI' && part !== 'EV') return null;
      const offset = m[3].toLowerCase() === 'last' ? -1 : 0;
      return { type: 'TIME', value: relativePeriod(ref, 'D', offset) + `T${part}` };
    }
    const word = m[1].toLowerCase();
    const day = relativePeriod(ref, 'D', DAY_OFFSETS[word]);
    if (word === 'tonight') return { type: 'TIME', value: `${day}TNI` };
    if (m[2]) return { type: 'TIME', value: `${day}T${DAY_PARTS[m[2].toLowerCase()]}` };
    return { type: 'DATE', value: day };
  },
};
