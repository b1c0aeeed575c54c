// "a day-long meeting", "the decades-long feud", "a yearlong inquiry": a unit compounded with "long" is a
// duration of one unit, or of an unknown number when the unit is plural (TimeML marks the adjective itself).
import { TIME_UNITS } from '../../../lexicon/time-units.js';
import { durationValue } from '../normalize.js';
import { alternation, pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

export const unitLongParser: DateParser = {
  name: 'unit-long',
  // After a number or a hyphen the amount is the duration parser's ("two-day-long", "48-hour-long").
  pattern: pattern(`(?<![\\w-]|\\d\\s)(${alternation(Object.keys(TIME_UNITS))})-?long\\b`),
  extract(m) {
    const unit = TIME_UNITS[m[1].toLowerCase()];
    return { type: 'DURATION', value: durationValue(/s$/i.test(m[1]) ? null : 1, unit) };
  },
};
