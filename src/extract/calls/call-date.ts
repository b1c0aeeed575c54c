// The day a call took place: the day-precise date expression in its clause, nearest the trigger.
// "X happened a day after A spoke with B": the call is in the complement of "a day after", so it
// lies that far before X, the story's own news of the reference day.
import type { Anchor, NewsDocument, TextSpan } from '../../document/types.js';
import type { Call } from '../../schema.js';

type CallDate = NonNullable<Call['date']>;
import type { DateFinding } from '../context.js';
import { dayOfValue, dayValue, referenceDay, shiftDay, type Day } from '../dates/normalize.js';
import type { Tense } from '../dates/types.js';
import { clauseOpener, dateStretchEnd } from './clause.js';
import type { CallMention } from './participants.js';

const CLAUSE_JOIN_BEFORE_RE = /\band\s*$/;
const DAY_VALUE_RE = /^(?:\d{4}|XXXX)-\d{2}-\d{2}/;
/** How far before the clause a shifted date may end and still govern it ("a day after |Putin held"). */
const SHIFT_REACH = 8;
/** "The day before, X met Y": a shift set off by a comma (the clause may open on the comma itself). */
const FRONTED_SHIFT_RE = /^\s*,/;

/** The day the sentence names before a shift ("X met Y on Tuesday, a day after meeting Z": Tuesday), counted from instead of the story's day. */
function namedDayBefore(dates: readonly DateFinding[], finding: DateFinding, sentenceStart: number): Day | null {
  const before = dates.filter((d) => d.start >= sentenceStart && d.end <= finding.start && !d.shift && DAY_VALUE_RE.test(d.value));
  const named = before[before.length - 1];
  return named ? dayOfValue(named.value.slice(0, 10)) : null;
}

function shiftedFrom(base: Day | null, finding: DateFinding): string | null {
  if (!finding.shift || !base) return null;
  return dayValue(shiftDay(base, finding.shift.unit, -finding.shift.direction * finding.shift.amount));
}

/** A sentence that opens on the day already in the story: "Earlier in the evening, ...", "Later that day". */
const SAME_DAY_OPENER_RE =
  /^(?:earlier|later)\s+(?:in\s+the\s+(?:day|morning|afternoon|evening)|that\s+(?:day|morning|afternoon|evening|night))\b|^(?:that|the\s+same)\s+(?:day|morning|afternoon|evening)\b/i;
/** How far back the day such a sentence refers to may have been named. */
const SAME_DAY_REACH = 1500;

/** The day-precise date named last before a "Later that day" sentence. */
function sameDayDate(text: string, mention: CallMention, dates: readonly DateFinding[], contentStart: number): CallDate | null {
  const { sentence } = mention;
  if (!SAME_DAY_OPENER_RE.test(text.slice(sentence.start, sentence.start + 40))) return null;
  const earlier = dates.filter(
    (d) =>
      d.end <= sentence.start &&
      d.start >= Math.max(contentStart, sentence.start - SAME_DAY_REACH) &&
      !d.shift &&
      DAY_VALUE_RE.test(d.value),
  );
  const last = earlier[earlier.length - 1];
  return last ? { text: last.text, value: last.value.slice(0, 10) } : null;
}

/**
 * "X later spoke with Y", "Later, X met Y": with no day of its own, the call came after the one
 * reported before it, on that call's day (rule later-call-same-day). Not "later this week".
 */
const LATER_BEFORE_RE = /\blater\s+(?:(?:also|again|on|that\s+day)\s+)?(?:\w+\s+){0,2}$/i;
const LATER_OPENER_RE = /^\s*later\s*,/i;

export function laterCallDay(text: string, mention: CallMention, previous: CallDate | null): CallDate | null {
  if (!previous || mention.earlier) return null;
  const clause = text.slice(mention.opener.start, mention.trigger.start);
  const opensLater = LATER_OPENER_RE.test(text.slice(mention.sentence.start, mention.trigger.start));
  return LATER_BEFORE_RE.test(clause) || opensLater ? previous : null;
}

const WEEKDAY_RE = /^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const DAYS_IN_WEEK = 7;

/**
 * A call that happened is not after the story: a bare weekday read forward (its sentence speaks
 * of what comes: "will join the summit, after meeting Trump on Wednesday") is the one before
 * (rule call-weekday-past).
 */
export function pastWeekday(date: CallDate, reference: Anchor | null): CallDate | null {
  const day = referenceDay(reference);
  if (!day || !WEEKDAY_RE.test(date.text.trim()) || date.value <= dayValue(day)) return null;
  const [year, month, dayOfMonth] = date.value.split('-').map(Number);
  return { text: date.text, value: dayValue(shiftDay({ year, month, day: dayOfMonth }, 'D', -DAYS_IN_WEEK)) };
}

/** The stretch of text [from, to) a call's own date may be taken from: its clause, to the end of its object's phrase. */
function dateStretch(text: string, mention: CallMention): [number, number] {
  const objectEnd = Math.max(mention.end, mention.trigger.end);
  // "spoke with A and on Monday he had ...": an object cut off at a dangling "and" ends the call's clause.
  const to = CLAUSE_JOIN_BEFORE_RE.test(text.slice(mention.trigger.end, objectEnd))
    ? objectEnd
    : dateStretchEnd(text, objectEnd, mention.sentence.end);
  return [mention.opener.start, to];
}

/** A month ("2024-10"), not a day; a year alone ("20 years ago") is too far to tell which meeting it dates. */
const MONTH_VALUE_RE = /^(\d{4})-(\d{2})$/;
const MONTHS_IN_YEAR = 12;

/**
 * "The two presidents previously met in Kazan in October": a call dated only by a month before the
 * story's own is an earlier call than the one the story reports, not a further report of it (rule
 * call-month-before-story).
 */
export function monthBeforeStory(text: string, mention: CallMention, dates: readonly DateFinding[], reference: Anchor | null): boolean {
  const day = referenceDay(reference);
  if (!day) return false;
  const [from, to] = dateStretch(text, mention);
  return dates.some((d) => {
    const month = d.start >= from && d.end <= to && !d.shift ? MONTH_VALUE_RE.exec(d.value) : null;
    return !!month && Number(month[1]) * MONTHS_IN_YEAR + Number(month[2]) < day.year * MONTHS_IN_YEAR + day.month;
  });
}

/** A call's own date and the rule that worked it out, when not simply the day its clause names (--explain). */
export interface OwnDate {
  date: CallDate;
  rule: string | null;
}

/** "The two leaders had met in X the day before.": a shift closing the clause has no complement. */
const CLAUSE_END_AFTER_RE = /^\s*(?:[.;]|,\s*(?:\S+\s+){0,3}(?:said|says|added)\b|$)/;

export function attachDate(
  text: string,
  mention: CallMention,
  dates: readonly DateFinding[],
  reference: Anchor | null,
  contentStart: number,
): OwnDate | null {
  const [from, to] = dateStretch(text, mention);
  const governing = dates.find(
    (d) => d.shift && d.end <= from && from - d.end <= SHIFT_REACH && d.start >= mention.sentence.start,
  );
  if (governing) {
    // "The day before, X had met Y": set off by a comma, the shift has no complement; the dates stage
    // counted its day from the one named before (rule fronted-day-before).
    const fronted = FRONTED_SHIFT_RE.test(text.slice(governing.end, from + 1));
    if (fronted && DAY_VALUE_RE.test(governing.value)) return { date: { text: governing.text, value: governing.value.slice(0, 10) }, rule: 'fronted-day-before' };
    const named = namedDayBefore(dates, governing, mention.sentence.start);
    const value = shiftedFrom(named ?? referenceDay(reference), governing);
    return value ? { date: { text: governing.text, value }, rule: named ? 'shift-from-sentence-day' : 'shift-from-story-day' } : null;
  }
  // "X had met Y in Z the day before.": the same, closing the call's clause (rule trailing-day-before).
  const trailing = dates.find(
    (d) =>
      d.shift &&
      d.start >= mention.trigger.end &&
      d.start < to &&
      DAY_VALUE_RE.test(d.value) &&
      CLAUSE_END_AFTER_RE.test(text.slice(d.end, mention.sentence.end)),
  );
  if (trailing) return { date: { text: trailing.text, value: trailing.value.slice(0, 10) }, rule: 'trailing-day-before' };
  const plain = nearestDay(text, mention, dates, from, to, contentStart) ?? sameDayDate(text, mention, dates, contentStart);
  return plain ? { date: plain, rule: null } : null;
}

/**
 * "spoke with Y last week", "had met Y in recent days", "a call over the weekend", "talks a day
 * after the attack": a time that names no day (a week, weekend, month or year, an unknown count, or
 * a shift from another event) is the call's own, so neither a day before the trigger ("said on
 * Monday he had a call with Y over the weekend") nor the story's day dates it (rule vague-call-time).
 */
const VAGUE_VALUE_RE = /^(?:\d{4}(?:-W\d{2}(?:-WE)?|-\d{2})?|P\w*X\w*|PAST_REF)$/;

function vagueTime(mention: CallMention, dates: readonly DateFinding[], from: number, to: number, afterTrigger: boolean): boolean {
  const start = afterTrigger ? mention.trigger.end : from;
  return dates.some((d) => d.start >= start && d.end <= to && (!!d.shift || VAGUE_VALUE_RE.test(d.value)));
}

/** The call's clause times it with no day: the story's own day is not its day either. */
export function vaguelyTimed(text: string, mention: CallMention, dates: readonly DateFinding[]): boolean {
  const [from, to] = dateStretch(text, mention);
  return vagueTime(mention, dates, from, to, false);
}

/** The day-precise date in [from, to) nearest the trigger; one after it ("held talks ... on Monday") wins over one before it. */
function nearestDay(text: string, mention: CallMention, dates: readonly DateFinding[], from: number, to: number, contentStart: number): CallDate | null {
  let best: DateFinding | null = null;
  let bestDistance = Infinity;
  for (const d of dates) {
    if (d.start < from || d.end > to || d.start < contentStart || d.shift || !DAY_VALUE_RE.test(d.value)) continue;
    const distance = d.start >= mention.trigger.end ? d.start - mention.trigger.end : text.length + mention.trigger.start - d.end;
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  if (best && best.end <= mention.trigger.start && vagueTime(mention, dates, from, to, true)) return null;
  return best ? { text: best.text, value: best.value.slice(0, 10) } : null;
}

const LEFT_PLACE_RE = /\b(?:returned|returning|returns|back|left|leaving|leaves|departed|from)\b/i;

/**
 * "X arrived in Kyiv on Saturday, where he held talks with Y": a call in a "where" clause was held
 * on the day the clause before it, which names the place, was (rule date-of-where-clause).
 */
export function whereClauseDate(text: string, mention: CallMention, dates: readonly DateFinding[], contentStart: number): CallDate | null {
  const { opener, sentence } = mention;
  if (opener.word !== 'where') return null;
  const outer = clauseOpener(text, sentence, opener.wordStart);
  // "returned on Monday from Kyiv, where he met Y": the day is the return's, not the stay's.
  if (LEFT_PLACE_RE.test(text.slice(outer.start, opener.wordStart))) return null;
  return nearestDay(text, mention, dates, outer.start, opener.wordStart, contentStart);
}

/** How many of the story's first sentences (headline included; page furniture and fragments not) are its lead. */
const LEAD_SENTENCES = 4;
/** Fewer words than this make a fragment ("(Source: Foreign Ministry) |"), not a sentence of the lead. */
const LEAD_SENTENCE_WORDS = 5;
const DAY_PRECISE_RE = /^(?:\d{4}|XXXX)-\d{2}-\d{2}$/;

/** The story's own day: its publication date, else the day its first sentence names ("On December 25, X visited Y"). */
function storyDay(doc: NewsDocument, lead: readonly TextSpan[], dates: readonly DateFinding[]): CallDate | null {
  const published = doc.publishedAt;
  if (published) return DAY_PRECISE_RE.test(published) ? { text: published, value: published } : null;
  const first = lead[0];
  const named = first && dates.find((d) => d.start >= first.start && d.end <= first.end && !d.shift && DAY_VALUE_RE.test(d.value));
  return named ? { text: named.text, value: named.value.slice(0, 10) } : null;
}

/**
 * An undated call the lead reports in the past tense ("X addressed Y via video link") is the
 * story's news of its own day (rule lead-call-article-day; a reference date given from outside
 * is no publication date). The text is the publication date's value when the day comes from the
 * header, whose words are not in the call's clause.
 */
export function leadCallDay(
  doc: NewsDocument,
  mention: CallMention,
  dates: readonly DateFinding[],
  tenseAt: (offset: number) => Tense,
): CallDate | null {
  if (mention.earlier) return null;
  const lead = doc.sentences
    .filter(
      (s) =>
        s.end > doc.contentStart &&
        !doc.furniture.some((f) => s.start >= f.start && s.start < f.end) &&
        (doc.text.slice(s.start, s.end).match(/[A-Za-z]+/g) ?? []).length >= LEAD_SENTENCE_WORDS,
    )
    .slice(0, LEAD_SENTENCES);
  const { sentence } = mention;
  if (!lead.some((s) => s.start === sentence.start)) return null;
  if (sentence !== lead[0] && dates.some((d) => d.start >= sentence.start && d.end <= sentence.end)) return null;
  return tenseAt(mention.trigger.end) === 'past' ? storyDay(doc, lead, dates) : null;
}
