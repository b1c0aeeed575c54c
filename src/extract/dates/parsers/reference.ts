// "now", "currently", "recently", "the future": TIMEX3 PRESENT_REF / PAST_REF / FUTURE_REF.
import { TEMPORAL_REFERENCES } from '../../../lexicon/temporal-references.js';
import { alternation, pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

export const referenceParser: DateParser = {
  name: 'reference',
  pattern: pattern(`\\b(${alternation(Object.keys(TEMPORAL_REFERENCES))})\\b(,)?`),
  extract(m) {
    // A sentence-opening "Now," is a discourse marker, not a time.
    if (m[1] === 'Now' && m[2]) return null;
    const value = TEMPORAL_REFERENCES[m[1].toLowerCase().replace(/\s+/g, ' ')];
    return value ? { type: 'DATE', value, span: { from: 0, to: m[1].length } } : null;
  },
};
