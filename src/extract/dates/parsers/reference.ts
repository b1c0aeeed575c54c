// "now", "currently", "recently", "the future": TIMEX3 PRESENT_REF / PAST_REF / FUTURE_REF.
import { TEMPORAL_REFERENCES } from '../../../lexicon/temporal-references.js';
import { NUMBER_PATTERN } from '../../../text/numbers.js';
import { alternation, pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

/**
 * "the past few elections", "the past three summers": before a count "past" describes the things counted and names no
 * time of its own (a count of time units, "the past two years", is a duration and a longer match).
 */
const COUNT_AFTER = new RegExp(`^\\s+(?:few|several|couple|${NUMBER_PATTERN})\\b`, 'i');

export const referenceParser: DateParser = {
  name: 'reference',
  pattern: pattern(`\\b(${alternation(Object.keys(TEMPORAL_REFERENCES))})\\b(,)?`),
  extract(m, ctx) {
    // A sentence-opening "Now," is a discourse marker, not a time.
    if (m[1] === 'Now' && m[2]) return null;
    if (!m[2] && /^the\s/i.test(m[1]) && COUNT_AFTER.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return null;
    const value = TEMPORAL_REFERENCES[m[1].toLowerCase().replace(/\s+/g, ' ')];
    return value ? { type: 'DATE', value, span: { from: 0, to: m[1].length } } : null;
  },
};
