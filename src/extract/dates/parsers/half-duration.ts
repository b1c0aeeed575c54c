// "two and a half years", "5 1/2 hours", "a minute and a half", "half an hour": TimeML writes the half in the next
// smaller unit (P2Y6M, PT5H30M, PT1M30S, PT30M).
import { parseNumber } from '../../../text/numbers.js';
import type { Unit } from '../normalize.js';
import { QUANTIFIER, UNIT, pattern } from '../patterns.js';
import { TIME_UNITS } from '../../../lexicon/time-units.js';
import type { DateParser } from '../types.js';

/** A whole amount before the half: digits or a number word up to "ninety-nine". */
const WHOLE = '(?:\\d{1,3}|[a-z]+(?:-[a-z]+)?)';

/** The duration of `whole` units and a half, or null when the half has no whole smaller unit (months, weeks). */
function halfValue(whole: number, unit: Unit): string | null {
  switch (unit) {
    case 'C':
      return `P${whole * 100 + 50}Y`;
    case 'E':
      return `P${whole * 10 + 5}Y`;
    case 'Y':
      return `P${whole ? `${whole}Y` : ''}6M`;
    case 'D':
      return `P${whole ? `${whole}D` : ''}T12H`;
    case 'TH':
      return `PT${whole ? `${whole}H` : ''}30M`;
    case 'TM':
      return `PT${whole ? `${whole}M` : ''}30S`;
    default:
      return null;
  }
}

export const halfDurationParser: DateParser = {
  name: 'half-duration',
  pattern: pattern(
    `\\b(?:${QUANTIFIER}\\s+)?(?:(?<whole>${WHOLE})(?:\\s+and\\s+a\\s+half|\\s+1/2|½)\\s+(?<unit>${UNIT})` +
      `|(?:an?|one)\\s+(?<singleUnit>${UNIT})\\s+and\\s+a\\s+half|half\\s+an?\\s+(?<halfUnit>${UNIT}))\\b`,
    'gi',
  ),
  extract(m) {
    const g = m.groups!;
    const unitWord = (g.unit ?? g.singleUnit ?? g.halfUnit).toLowerCase();
    const unit = TIME_UNITS[unitWord];
    const whole = g.whole !== undefined ? parseNumber(g.whole.toLowerCase()) : g.singleUnit ? 1 : 0;
    if (!unit || whole === null || !Number.isInteger(whole)) return null;
    const value = halfValue(whole, unit);
    return value ? { type: 'DURATION', value } : null;
  },
};
