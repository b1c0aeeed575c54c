// "the week after next", "the weekend before last", "the month after next", "the year before last": two periods
// from the reference's, as "the day after tomorrow" is two days on.
import { relativePeriod, type Unit } from '../normalize.js';
import { pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

const UNITS: Record<string, Unit> = { week: 'W', weekend: 'W', month: 'M', year: 'Y' };

export const periodAfterNextParser: DateParser = {
  name: 'period-after-next',
  pattern: pattern('\\bthe\\s+(week|weekend|month|year)\\s+(before\\s+last|after\\s+next)\\b'),
  extract(m, ctx) {
    const period = m[1].toLowerCase();
    const offset = /^before/i.test(m[2]) ? -2 : 2;
    const value = relativePeriod(ctx.reference, UNITS[period], offset);
    return { type: 'DATE', value: period === 'weekend' && !value.includes('X') ? `${value}-WE` : value };
  },
};
