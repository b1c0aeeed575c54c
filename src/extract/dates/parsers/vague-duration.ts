// "recent weeks", "coming months", "the weeks ahead", "for years": an unknown number of units (TIMEX3 PXW, PXM, PXY);
// "for weeks or months" is one mention in the first unit; "years ago" is a time gone by (PAST_REF).
import { TIME_UNITS } from '../../../lexicon/time-units.js';
import { durationValue } from '../normalize.js';
import { alternation, pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

const PLURAL_UNITS = Object.keys(TIME_UNITS).filter((w) => w.endsWith('s') && w !== 'seconds');
/** A bare plural is a duration only after these ("for weeks", "took months") ... */
const DURATION_CUE = /\b(?:for|over|within|took|takes|take|lasted|lasting|spent|spend)\s+$/i;
/**
 * ... or before these, as a noun of its own (rule bare-plural-before): "weeks of protests", "Hours later", "was
 * arrested days after the attack", "just minutes before", "after months of talks". Only after a sentence start, punctuation, a verb or an
 * adverb of degree: after an adjective or a determiner it is a noun phrase of its own ("the small hours of the
 * morning", "the worst days of his life"), after a number part of one ("four-and-a-half hours").
 */
const FOLLOW_CUE = /^\s+(?:of|later|after|before)\b/i;
const BARE_BEFORE = /(?:^|[.!?,;:"“”(—\n]\s*|\s[-–]\s+|\b(?:after|before|just|only|mere|barely|nearly|almost|but|and|then|is|are|was|were|come|comes|came|dies|died|[a-z]{2,}ed)\s+)$/;
/** Capitalised only where a sentence starts ("Weeks of talks"); mid-sentence it is a title ("Days of Rage"). */
const SENTENCE_START_BEFORE = /(?:^|[.!?]["'’”]?\s+|\n\s*|["“]\s*)$/;

function bareNoun(m: RegExpExecArray, text: string): boolean {
  const before = text.slice(Math.max(0, m.index - 12), m.index);
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
  if (m[0] !== m[2] || !FOLLOW_CUE.test(after) || !BARE_BEFORE.test(before)) return false;
  // "minutes of" a meeting, "three quarters of" a whole.
  if (/^(?:minutes|quarters)$/i.test(m[2]) && /^\s+of\b/i.test(after)) return false;
  return !/^[A-Z]/.test(m[0]) || SENTENCE_START_BEFORE.test(before);
}

/** "years ago", "just months ago": an unknown count back from the reference, TimeML's PAST_REF (as "several years ago"). */
const AGO_AFTER = /^\s+ago\b/i;

export const vagueDurationParser: DateParser = {
  name: 'vague-duration',
  pattern: pattern(
    `\\b(?:((?:the\\s+)?(?:recent|coming|past|last|next|early)|in\\s+recent|the(?=\\s+[a-z]+\\s+ahead\\b))\\s+)?(${alternation(PLURAL_UNITS)})(?:\\s+(?:or|and)\\s+(?:${alternation(PLURAL_UNITS)}))?\\b(?:\\s+ahead\\b)?`,
  ),
  extract(m, ctx) {
    const ago = !m[1] && m[0] === m[2] ? AGO_AFTER.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 8)) : null;
    const title = /^[A-Z]/.test(m[0]) && !SENTENCE_START_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 12), m.index));
    if (ago && !title) return { type: 'DATE', value: 'PAST_REF', span: { from: 0, to: m[0].length + ago[0].length } };
    if (!m[1] && !DURATION_CUE.test(ctx.text.slice(Math.max(0, m.index - 10), m.index)) && !bareNoun(m, ctx.text)) return null;
    const unit = TIME_UNITS[m[2].toLowerCase()];
    // "the early hours of Thursday morning" is a part of a day, not an amount of hours (TempEval-3 marks only the day in it).
    if (/early$/i.test(m[1] ?? '') && unit === 'TH' && /^\s+of\b/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
    // "in recent weeks": the preposition stays out of the extent.
    const span = /^in\s/i.test(m[0]) ? { from: m[0].search(/recent/i), to: m[0].length } : undefined;
    return { type: 'DURATION', value: durationValue(null, unit), span };
  },
};
