// "two years ago", "a year earlier": dates counted from the reference ("three days later" is later-duration). And "a day after
// <event>" / "two days before <event>": TimeML reads the amount as a duration (the event is the anchor, not the
// reference), and `shift` lets the calls extractor re-anchor the event on the story's day.
import { durationValue, relativePeriod, shiftedValue } from '../normalize.js';
import { DURATION_CORE, inQuarterContext, pattern, readQuantity } from '../patterns.js';
import type { DateParser } from '../types.js';

const DIRECTIONS: Record<string, 1 | -1> = { ago: -1, earlier: -1, before: -1, previously: -1, after: 1, hence: 1, 'from now': 1 };

export const agoParser: DateParser = {
  name: 'ago',
  pattern: pattern(`\\b${DURATION_CORE}(?:\\s+or\\s+so)?\\s+(?<signal>ago|earlier|before|after|previously|hence|from\\s+now)\\b`, 'gid'),
  extract(m, ctx) {
    const g = m.groups!;
    const quantity = readQuantity(g.amount, g.unit);
    if (!quantity || g.article?.toLowerCase() === 'the') return null;
    const signal = g.signal.toLowerCase().replace(/\s+/g, ' ');
    const direction = DIRECTIONS[signal];
    const { amount, unit } = quantity;

    if (signal === 'before' || signal === 'after') {
      // The signal word stays out of the extent: "[a day] after the vote".
      const span = { from: 0, to: m[0].slice(0, m.indices!.groups!.signal[0] - m.index).trimEnd().length };
      const shiftable = amount !== null && (unit === 'D' || unit === 'W' || unit === 'M' || unit === 'Y');
      return {
        type: 'DURATION',
        value: durationValue(amount, unit),
        span,
        ...(shiftable ? { shift: { amount, unit, direction } } : {}),
      };
    }
    if (amount === null) return { type: 'DATE', value: direction < 0 ? 'PAST_REF' : 'FUTURE_REF' };
    const sameQuarter = unit === 'Y' && direction < 0 && inQuarterContext(ctx.text, m.index);
    const value = sameQuarter ? relativePeriod(ctx.reference, 'Q', -1 - 4 * amount) : shiftedValue(ctx.reference, unit, direction * amount);
    return { type: 'DATE', value };
  },
};
