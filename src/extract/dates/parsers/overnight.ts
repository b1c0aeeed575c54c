// "Troops shelled the town overnight", "overnight fighting": the night before the reference (the coming one when the
// clause looks ahead), as "last night" is. Not the sudden "overnight" ("did not happen overnight", "an overnight
// success") nor a generic one after "a"/"an" ("an overnight stay").
import { relativePeriod } from '../normalize.js';
import { pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

const SUDDEN_BEFORE = /\b(?:a|an|happen(?:s|ed|ing)?|change[sd]?|changing|almost|virtually|practically|literally|nearly)\s+$/i;
const SUDDEN_AFTER = /^\s+(?:success|sensation|celebrity|star|millionaire|fame)\b/i;

export const overnightParser: DateParser = {
  name: 'overnight',
  pattern: pattern('\\bovernight\\b'),
  extract(m, ctx) {
    const before = ctx.text.slice(Math.max(0, m.index - 14), m.index);
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 14);
    if (SUDDEN_BEFORE.test(before) || SUDDEN_AFTER.test(after)) return null;
    const offset = ctx.tenseAt(m.index) === 'future' ? 0 : -1;
    return { type: 'TIME', value: `${relativePeriod(ctx.reference, 'D', offset)}TNI`, tags: ['no-story-day'] };
  },
};
