// "Tuesday", "last Friday", "Tuesday night", "early Tuesday"; "Mondays" and "Tuesday nights" are sets. In "earlier Tuesday" the
// comparative is no position in the day (TimeML has no modifier for it) and stays outside.
import { WEEKDAY_PATTERN, weekdayNumber } from '../../../document/calendar.js';
import { DAY_PARTS } from '../../../lexicon/day-parts.js';
import { weekdayDate } from '../normalize.js';
import { DAY_PART, isCapitalized, pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

/** "Wednesday's ruling": a possessive weekday names an event already reported, whatever the clause's tense. */
const POSSESSIVE_AFTER = /^['’]s\b/;

/**
 * "ahead of Sunday's vote", "waiting for Friday's jobs report", "on the eve of Sunday's election": what is awaited
 * still lies ahead of the story's day, possessive or not, whatever the tense of the clause.
 */
const AWAITED_BEFORE = /\b(?:ahead\s+of|await(?:s|ed|ing)?|wait(?:s|ed|ing)?\s+for|(?:run-up|lead-up)\s+to|eve\s+of)\s+(?:the\s+)?$/i;

/** "open until Friday", "has until Monday": an end point that looks ahead when the clause tells no past. */
const UNTIL_BEFORE = /\b(?:until|till|through)\s+$/i;
/** "runs from Friday through Sunday": the start of a span to such an end point looks ahead with it. */
const UNTIL_AFTER = new RegExp(`^\\s+(?:until|till|through)\\s+${WEEKDAY_PATTERN}\\b`);

/**
 * "Sunday mornings shooting" is a possessive without its apostrophe, one morning: a plural part of the day is a set
 * only when no noun follows it ("on Friday nights.", "Tuesday nights from March 30", "Saturday nights are busy").
 */
const NOUN_AFTER = /^\s+(?!(?:a|an|and|are|as|at|but|during|for|from|in|is|on|or|since|the|through|to|until|were|when|will|with)\b)[a-z]/;

const DIRECTIONS: Record<string, -1 | 0 | 1> = { last: -1, past: -1, previous: -1, next: 1, coming: 1, this: 0 };

export const weekdayParser: DateParser = {
  name: 'weekday',
  pattern: pattern(
    `\\b(?:(early|late)\\s+)?(?:(?:the\\s+)?(last|past|previous|next|coming|this)\\s+)?(${WEEKDAY_PATTERN})(s)?(?:\\s+(${DAY_PART})(s)?)?\\b`,
  ),
  extract(m, ctx) {
    if (!isCapitalized(m[3])) return null;
    const weekday = weekdayNumber(m[3])!;
    const part = m[5] ? DAY_PARTS[m[5].toLowerCase()] : null;
    const suffix = part ? `T${part}` : '';
    // "Mondays", "Tuesday nights": every one of them.
    if (m[4] || (m[6] && !NOUN_AFTER.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12)))) return { type: 'SET', value: `XXXX-WXX-${weekday + 1}${suffix}` };
    const modifier = m[2]?.toLowerCase();
    let direction: -1 | 0 | 1 = modifier ? DIRECTIONS[modifier] : 0;
    if (!modifier) {
      const tense = ctx.tenseAt(m.index);
      // News copy reports days gone by unless the clause looks ahead.
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      const possessive = POSSESSIVE_AFTER.test(after);
      const until = tense === 'none' && (UNTIL_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 8), m.index)) || UNTIL_AFTER.test(after));
      const awaited = AWAITED_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 20), m.index));
      direction = ((tense === 'future' || until) && !possessive) || awaited ? 1 : -1;
    }
    const value = weekdayDate(ctx.reference, weekday, direction, modifier !== undefined && modifier !== 'this') + suffix;
    return { type: part && part !== 'NI' ? 'TIME' : 'DATE', value };
  },
};
