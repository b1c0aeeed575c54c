// Date stamps a page prints around an article: "Published April 17, 2024", "Updated: 2/17/2019
// 1:44:31 PM", "UPDATE: 9/24/13 3:00 PM ET", "Thu 02nd April 2020 | 12:15 PM", "For Immediate
// Release September 10, 2009", a print-edition line, and the site's own "Today's Paper | May 08, 2024".
// Each shape is a rule: a cue pattern that ends where the date starts, and the role of the date.
import { WEEKDAY_PATTERN } from '../calendar.js';
import { readDateAt } from './date-forms.js';

/** What a stamp's date is to the article, in order of trust. */
export type StampRole = 'published' | 'updated' | 'stamp' | 'foot' | 'print' | 'site-today';

export interface Stamp {
  rule: string;
  role: StampRole;
  /** TIMEX3 calendar value, with a year. */
  year: number;
  month: number;
  day: number;
  /** Its day and month could be the other way round ("07/12/2026"). */
  ambiguous: boolean;
  /** The stamp's span: its cue and its date. */
  start: number;
  end: number;
}

export interface StampRule {
  id: string;
  role: StampRole;
  /** Global; the match ends where the date starts. */
  cue: RegExp;
  /**
   * 'head': the first lines of the page, on a short line; 'anywhere': the whole text (print lines close a page);
   * 'foot': the last lines, read only when the head has no stamp of the article's own.
   */
  scope: 'head' | 'anywhere' | 'foot';
  /** What may stand before the cue on its line; absent: anything. */
  before?: RegExp;
  /** The longest line the stamp may stand on, when not its role's. */
  maxLine?: number;
  /** The most that may follow the date on its line: a foot stamp closes its line, prose runs on. */
  maxAfter?: number;
}

/**
 * Before an unlabelled stamp only a byline may stand: a name or agency glued to the date, words in
 * title case, "2 minutes ago", a time ("10:15 AM, "), after at most one section word in lower case ("egypt"). Prose ("The vote is due on 14 April 2027") has words in lower case.
 */
const PLACE_IN_CAPITALS = /^[A-Z][A-Z .'’-]{1,40} $/;

export const BYLINE_BEFORE = /^(?:[a-z]+ )?(?:[ \t]*(?:[A-Z]{1,3}|[A-Z][a-z][\w.'’-]*|\d{1,2}[:.]\d{2}|\d+|minutes?|hours?|ago|by|and|on|at|[|•·,–—-])(?![\w.'’-]))*[ \t]*$|^[^\n]*\S$/;

const WEEKDAY_ABBREVIATION = '(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)';
/** "Tuesday, ", "Tue ", "Tue., ", "TUE, " (a label in capitals): the weekday a label may print before its date. */
const LABELLED_WEEKDAY = `(?:(?:${WEEKDAY_PATTERN}|${WEEKDAY_ABBREVIATION}\\.?|${WEEKDAY_ABBREVIATION.toUpperCase()}),? )?`;
const SEPARATOR = '[ \\t]*[:|,-]?[ \\t]*';
/** "12:00 | ", "3:12 PM GMT+1, " before the date: some pages print the time first, a zone with its offset. */
const TIME_FIRST = '(?:\\d{1,2}[:.]\\d{2}(?:[ \\t]*[AaPp]\\.?[Mm]\\.?)?(?:[ \\t]+[A-Z]{2,4}(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?[ \\t]*[|,]?[ \\t]*)?';
/** A label as a page prints it ("Last updated", "Last Updated", "LAST UPDATED"), never the verb in prose ("was published"). */
const titleCase = (words: string) => words.replace(/\b[a-z]/g, (c) => c.toUpperCase());
/** "Published on", "Published On", "Published Date", "Published date": a label's own second word. */
const LABEL_TAIL = '(?: [Oo]n| [Dd]ate)?';
const label = (...words: string[]) => `\\b(?:${words.flatMap((w) => [w, titleCase(w), w.toUpperCase()]).join('|')})`;

/** Labelled cues first: when two rules read one date, the earlier rule in this list names it. */
export const STAMP_RULES: readonly StampRule[] = [
  {
    id: 'published-label',
    role: 'published',
    // "Issued on:" and "Release Date:" are the labels of French, government and press-release pages.
    cue: new RegExp(`${label('First published', 'Originally published', 'Published', 'Posted', 'Released', 'Release date', 'Issued', 'Publish date', 'Date published')}${LABEL_TAIL}${SEPARATOR}${TIME_FIRST}${LABELLED_WEEKDAY}`, 'g'),
    scope: 'head',
  },
  { id: 'press-release', role: 'published', cue: /\bFor Immediate Release[ \t:]*/gi, scope: 'head' },
  {
    id: 'updated-label',
    role: 'updated',
    cue: new RegExp(`${label('Last updated', 'Last update', 'Updated', 'Update', 'Modified', 'Last modified')}${LABEL_TAIL}${SEPARATOR}${TIME_FIRST}${LABELLED_WEEKDAY}`, 'g'),
    scope: 'head',
  },
  // "Date: 2025/03/04", "By Jane Doe | Date: ...": a bare "Date" is a label only with its colon and
  // at the start of its line or after a separator; "Expected Sale Date:" dates something else. A
  // stamp, not a publication label: a police report's "Date:" may be the incident's.
  { id: 'date-label', role: 'stamp', cue: new RegExp(`(?<=^[ \\t]*|[|•·][ \\t]*)${label('Date')}:[ \\t]*${TIME_FIRST}${LABELLED_WEEKDAY}`, 'gm'), scope: 'head' },
  { id: 'print-edition', role: 'print', cue: /\b(?:appear(?:s|ed) in print on|print edition of|[A-Z] Section on)[ \t]+/gi, scope: 'anywhere' },
  // "This story was first published on June 3, 2025.", "[Published 03 Jun 2025]", "Published in print June 4, 2025":
  // a page that gives no date at its top may give one at its foot. The label opens its line and the date closes
  // it (prose runs on: "The article was published on June 3, 2025, by the board, which …"); never "Posted",
  // which dates readers' comments there.
  {
    id: 'published-foot',
    role: 'foot',
    cue: /^[ \t[(]*(?:(?:this|the) (?:article|story|piece) (?:was|is) )?(?:(?:first|originally) )?published(?: in print| online)?(?: (?:on|in|by|at) [^\n]{1,60}? on| on)?[ \t:]*/gim,
    scope: 'foot',
    maxAfter: 30,
  },
  { id: 'site-today', role: 'site-today', cue: /\bToday'?s Paper[ \t]*\|?[ \t]*/gi, scope: 'head' },
  // "Saturday, 25 April 2015", "Thu 02nd April 2020 | 12:15 PM", "Sun 13 Oct 2013 04.53 EDT"
  { id: 'weekday-stamp', role: 'stamp', cue: new RegExp(`\\b(?:${WEEKDAY_PATTERN}|${WEEKDAY_ABBREVIATION})\\.?,? `, 'g'), scope: 'head', before: BYLINE_BEFORE },
  // "Posted by Kari Nordmann-Haugland of the Harbour Desk on June 3, 2025", "By Kari Nordmann, Harbour and Transport
  // Correspondent, Harbour Daily | June 3, 2025": the date a byline ends with is the story's, however long the
  // byline. The name must be in capitals ("By the time police arrived on June 3" is prose).
  {
    id: 'byline-date',
    role: 'stamp',
    // The look back is bounded and tried only where the look ahead holds: unbounded, it read back over a
    // whole line at every position (a 100 kB line without breaks took minutes).
    cue: /(?=[ \t](?:on|[|•·–—-])[ \t])(?<=^[ \t]{0,8}(?:(?:Posted|Published|Written|Reported|Story) )?[Bb]y [A-Z][\w.'’-]{0,30}(?: [A-Z][\w.'’-]{0,30}){1,5}[^\n]{0,120}?)[ \t](?:on|[|•·–—-])[ \t]+/gm,
    scope: 'head',
    maxLine: 200,
  },
  // "Storm hits coast | 2020-05-04 10:15", "Source: Agency| 2020-05-04": a date straight after a
  // separator is furniture whatever stands before it on its line (a sentence-case headline, a source label).
  // A slash only with spaces around it ("NEW YORK / NEWSWIRE / May 4, 2020 /"), never a web address's.
  // "Daily Example / 05:12 AM December 07, 2026": the time may come first here too.
  { id: 'after-separator', role: 'stamp', cue: new RegExp(`(?:[|•·][ \\t]*|[ \\t]\\/[ \\t]+)${TIME_FIRST}`, 'g'), scope: 'head' },
  // "20 November 2016 21:42 (UTC +04:00)", "MARCH 4, 2025", "Reporter Name December 16, 20161:35 am", "AgencyJune 21, 2019":
  // a date early on a short line, glued to the name before it or not. The cheap test comes first:
  // the look back to the line's start, tried at every position, cost ~1% of the extraction.
  { id: 'date-line', role: 'stamp', cue: /(?=\d|[A-Z][a-zA-Z]{2})(?:\b|(?<=[a-z]))(?<=^[^\n]{0,40})/gm, scope: 'head', before: BYLINE_BEFORE },
];

const RULE_RANK = new Map(STAMP_RULES.map((rule, rank) => [rule.id, rank]));

/**
 * Stamps sit in the first lines of a page: its first 1200 characters. When menus, trending lists and
 * headlines fill those and no stamp is there, the head runs on until 1200 characters of the story's
 * sentences have passed (only then: further down, a "Posted" may date a reader's comment).
 */
export const HEAD_CHARS = 1200;
/** A line of the story: at least six words, ending a sentence. Menus, headlines and bylines are not. */
const SIX_WORDS = /^(?:\S+\s+){5}\S/;
const SENTENCE_END = /[.!?"”’)]\s*$/;
// two tests, not one pattern: "(?:\S+\s+){5,}.*[.!?]$" backtracks through every word of a line that does not end so
const isSentenceLine = (line: string) => SENTENCE_END.test(line) && SIX_WORDS.test(line);

function headEnd(text: string, from: number): number {
  let prose = 0;
  let start = from;
  while (start < text.length && (prose < HEAD_CHARS || start < from + HEAD_CHARS)) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (isSentenceLine(text.slice(start, end))) prose += end - start;
    start = end + 1;
  }
  return Math.min(text.length, Math.max(start, from + HEAD_CHARS));
}
/** A stamp's line is short; a long line is prose, whose dates are about events. A labelled stamp may share its line. */
const MAX_LINE: Record<StampRole, number> = { published: 200, updated: 200, stamp: 100, foot: 200, print: Infinity, 'site-today': 200 };
/** The last characters of a page, where a foot stamp stands. */
export const FOOT_CHARS = 800;

interface Span {
  start: number;
  end: number;
}

function lineAround(text: string, index: number): Span {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const newline = text.indexOf('\n', index);
  return { start, end: newline === -1 ? text.length : newline };
}

const SEPARATORS = '|•·';

/**
 * "Home | World | Ferry sinks | By Kari Nordmann | June 3, 2025 | Rescuers …": a page whose menus, headline,
 * byline and stamp were run into one long line keeps them apart with separators; the stamp's part of that
 * line, from the last separator before its date to the next one, stands for its line. Looks no further
 * than `longest` characters either way (a longer part is prose), so a long line costs no more than a short one.
 */
function partAround(text: string, line: Span, dateStart: number, longest: number): Span {
  let start = dateStart;
  while (start > line.start && dateStart - start <= longest && !SEPARATORS.includes(text[start - 1])) start--;
  let end = dateStart;
  while (end < line.end && end - start <= longest && !SEPARATORS.includes(text[end])) end++;
  return { start, end };
}

function findWith(rule: StampRule, text: string, from: number, to: number): Stamp[] {
  const found: Stamp[] = [];
  const cue = new RegExp(rule.cue.source, rule.cue.flags);
  const window = text.slice(0, to);
  cue.lastIndex = from;
  for (let m = cue.exec(window); m; m = cue.exec(window)) {
    if (m[0].length === 0 && cue.lastIndex === m.index) cue.lastIndex++;
    const longest = rule.maxLine ?? MAX_LINE[rule.role];
    let line = lineAround(text, m.index);
    if (line.end - line.start > longest) line = partAround(text, line, m.index + m[0].length, longest);
    if (line.end - line.start > longest) continue;
    const before = text.slice(line.start, Math.max(line.start, m.index));
    // "LONDON 1996-08-30": a place in capitals may stand before a stamp too (it is the dateline's, not furniture).
    if (rule.before && !rule.before.test(before) && !PLACE_IN_CAPITALS.test(before)) continue;
    const date = readDateAt(text, m.index + m[0].length);
    if (!date || date.year === null) continue;
    if (rule.maxAfter !== undefined && line.end - date.end > rule.maxAfter) continue;
    found.push({ rule: rule.id, role: rule.role, year: date.year, month: date.month, day: date.day, ambiguous: date.ambiguous, start: m.index, end: date.end });
  }
  return found;
}

/** Every stamp in the page, in text order. */
const HEAD_RULES = STAMP_RULES.filter((rule) => rule.scope !== 'foot');
const FOOT_RULES = STAMP_RULES.filter((rule) => rule.scope === 'foot');
const onlySiteDates = (stamps: readonly Stamp[]) => stamps.every((s) => s.role === 'print' || s.role === 'site-today');

export function findStamps(text: string, from: number): Stamp[] {
  const within = (head: number) => HEAD_RULES.flatMap((rule) => findWith(rule, text, from, rule.scope === 'head' ? head : text.length));
  let stamps = within(Math.min(text.length, from + HEAD_CHARS));
  if (onlySiteDates(stamps)) stamps = within(headEnd(text, from));
  if (onlySiteDates(stamps)) stamps.push(...FOOT_RULES.flatMap((rule) => findWith(rule, text, Math.max(from, text.length - FOOT_CHARS), text.length)));
  // One date read by two rules ("Updated: Thursday, May 2, 2024" and its weekday) counts once, for the more specific rule.
  return stamps
    .sort((a, b) => a.end - b.end || RULE_RANK.get(a.rule)! - RULE_RANK.get(b.rule)!)
    .filter((s, i, all) => i === 0 || all[i - 1].end !== s.end)
    .sort((a, b) => a.start - b.start);
}
