// "Monday week", "on Thursday week" (British): a week after the coming such day, said of what lies ahead. Not
// "Monday week-long talks" nor "Tuesday weekly".
import { WEEKDAY_PATTERN, weekdayNumber } from '../../../document/calendar.js';
import { addDays, dayValue, referenceDay, weekdayIndex } from '../normalize.js';
import { isCapitalized, pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

export const weekdayWeekParser: DateParser = {
  name: 'weekday-week',
  pattern: pattern(`\\b(${WEEKDAY_PATTERN})\\s+week\\b(?![-']|\\s+(?:of|long)\\b)`),
  extract(m, ctx) {
    if (!isCapitalized(m[1]) || !/^week$/.test(m[0].slice(-4))) return null;
    const weekday = weekdayNumber(m[1])!;
    const day = referenceDay(ctx.reference);
    if (!day) return { type: 'DATE', value: `${ctx.reference?.year ?? 'XXXX'}-WXX-${weekday + 1}` };
    // The coming such day (a week on when it is the reference's own weekday), then a week more.
    const ahead = (weekday - weekdayIndex(day) + 7) % 7 || 7;
    return { type: 'DATE', value: dayValue(addDays(day, ahead + 7)) };
  },
};
