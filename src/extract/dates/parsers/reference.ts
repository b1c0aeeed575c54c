// "now", "currently", "recently", "the future": TIMEX3 PRESENT_REF / PAST_REF / FUTURE_REF.
import { TEMPORAL_REFERENCES } from '../../../lexicon/temporal-references.js';
import { alternation, pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

export const referenceParser: DateParser = {
  name: 'reference',
  // "now" in "now that" is a conjunction; "the past" before a noun ("the past tense") names nothing in time.
  pattern: pattern(`\\b(${alternation(Object.keys(TEMPORAL_REFERENCES))})\\b(?!\\s+that\\b)`),
  extract(m) {
    const value = TEMPORAL_REFERENCES[m[1].toLowerCase().replace(/\s+/g, ' ')];
    return value ? { type: 'DATE', value } : null;
  },
};
