// "today", "yesterday", "tomorrow", "tonight", "last night", "this morning", "late yesterday".
import { DAY_PARTS } from '../../../lexicon/day-parts.js';
import { ERA_NOUNS } from '../../../lexicon/era-nouns.js';
import { relativePeriod } from '../normalize.js';
import { DAY_PART, pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

const DAY_OFFSETS: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };
/** "today's youth", "many of today's personal computers", "tomorrow's leaders": the present or the future in general, no day. */
const ERA_AFTER = new RegExp(`^['’]s\\s+(?:[a-z-]+\\s+)?(?:${ERA_NOUNS.join('|')})\\b`);

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
    if ((word === 'today' || word === 'tomorrow') && !m[2] && ERA_AFTER.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return null;
    const day = relativePeriod(ref, 'D', DAY_OFFSETS[word]);
    if (word === 'tonight') return { type: 'TIME', value: `${day}TNI` };
    if (m[2]) return { type: 'TIME', value: `${day}T${DAY_PARTS[m[2].toLowerCase()]}` };
    return { type: 'DATE', value: day };
  },
};
