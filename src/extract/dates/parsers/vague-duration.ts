// "recent weeks", "coming months", "the weeks ahead", "for years": an unknown number of units (TIMEX3 PXW, PXM, PXY);
// "for weeks or months" is one mention in the first unit.
import { TIME_UNITS } from '../../../lexicon/time-units.js';
import { durationValue } from '../normalize.js';
import { alternation, pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

const PLURAL_UNITS = Object.keys(TIME_UNITS).filter((w) => w.endsWith('s') && w !== 'seconds');
/** A bare plural is a duration only after these ("for weeks", "took months"). */
const DURATION_CUE = /\b(?:for|over|within|took|takes|take|lasted|lasting|spent|spend)\s+$/i;

export const vagueDurationParser: DateParser = {
  name: 'vague-duration',
  pattern: pattern(
    `\\b(?:((?:the\\s+)?(?:recent|coming|past|last|next|early)|in\\s+recent|the(?=\\s+[a-z]+\\s+ahead\\b))\\s+)?(${alternation(PLURAL_UNITS)})(?:\\s+(?:or|and)\\s+(?:${alternation(PLURAL_UNITS)}))?\\b(?:\\s+ahead\\b)?`,
  ),
  extract(m, ctx) {
    if (!m[1] && !DURATION_CUE.test(ctx.text.slice(Math.max(0, m.index - 10), m.index))) return null;
    const unit = TIME_UNITS[m[2].toLowerCase()];
    // "in recent weeks": the preposition stays out of the extent.
    const span = /^in\s/i.test(m[0]) ? { from: m[0].search(/recent/i), to: m[0].length } : undefined;
    return { type: 'DURATION', value: durationValue(null, unit), span };
  },
};
