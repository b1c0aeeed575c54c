// "two years ago", "a year earlier", "three days later", and "a day after <event>" / "two days before <event>",
// which the calls extractor re-anchors on the event through `shift`. Values count from the reference.
import { durationValue, relativePeriod, shiftedValue } from '../normalize.js';
import { DURATION_CORE, inQuarterContext, pattern, readQuantity } from '../patterns.js';
import type { DateParser } from '../types.js';

const DIRECTIONS: Record<string, 1 | -1> = { ago: -1, earlier: -1, before: -1, previously: -1, later: 1, after: 1, hence: 1, 'from now': 1 };

export const agoParser: DateParser = {
  name: 'ago',
  pattern: pattern(`\\b${DURATION_CORE}(?:\\s+or\\s+so)?\\s+(?<signal>ago|earlier|later|before|after|previously|hence|from\\s+now)\\b`, 'gid'),
  extract(m, ctx) {
    const g = m.groups!;
    const quantity = readQuantity(g.amount, g.unit);
    if (!quantity || g.article?.toLowerCase() === 'the') return null;
    const signal = g.signal.toLowerCase().replace(/\s+/g, ' ');
    const direction = DIRECTIONS[signal];
    // TimeML leaves the signal word of "a day after the vote" out of the extent.
    const relational = signal === 'before' || signal === 'after';
    const span = relational ? { from: 0, to: m[0].slice(0, m.indices!.groups!.signal[0] - m.index).trimEnd().length } : undefined;
    if (quantity.amount === null) {
      return relational ? { type: 'DURATION', value: durationValue(null, quantity.unit), span } : { type: 'DATE', value: direction < 0 ? 'PAST_REF' : 'FUTURE_REF' };
    }
    const sameQuarter = quantity.unit === 'Y' && direction < 0 && inQuarterContext(ctx.text, m.index);
    const value = sameQuarter
      ? relativePeriod(ctx.reference, 'Q', -1 - 4 * quantity.amount)
      : shiftedValue(ctx.reference, quantity.unit, direction * quantity.amount);
    const { unit } = quantity;
    // Only "a day after <event>" names its anchor; "a year earlier" counts from a moment the story set earlier.
    const shiftable = relational && (unit === 'D' || unit === 'W' || unit === 'M' || unit === 'Y');
    return {
      type: 'DATE',
      value,
      span,
      ...(shiftable ? { shift: { amount: quantity.amount, unit, direction } } : {}),
    };
  },
};
