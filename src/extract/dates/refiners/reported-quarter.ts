// "the quarter", "the latest period", "a year earlier" in financial copy: the parsers count back from the reference
// to the last calendar quarter ended, but the quarter an article reports on is the one its lede names, and a fiscal
// quarter is not the calendar's ("the fiscal first quarter ended Sept. 30"). These take that quarter's number.
import type { Candidate } from '../types.js';
import { resolveFromLastMentioned, type AnaphorRule } from './last-mentioned.js';

/** A quarter's value: its year and number. */
export const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/;
/** A quarter named by its number ("third-quarter", "the fiscal first quarter"), not counted from the reference. */
const NUMBERED = /\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\b/i;
/**
 * "the current quarter" is the one under way, not the one reported on ("this quarter" is, in a story reporting on
 * one); "that quarter" is rule that-quarter's.
 */
const CURRENT = /\b(?:current|that)\b/i;
const THIS = /^this\b/i;
/**
 * After the lede, a numbered quarter is reported on (often another company's) only as a fiscal one, one "ended" on a
 * day, or one a company "reported" or "posted" results for; not one looked ahead to ("a fourth-quarter charge").
 */
const FISCAL = /\bfiscal\b/i;
const ENDED_AFTER = /^\s+(?:ended|ending)\b/i;
const REPORTED_BEFORE = /\b(?:reported|posted|reports|posts)\s+(?:[\w%$.,-]+\s+){0,4}$/i;

const REPORTED_QUARTER: AnaphorRule<string> = {
  id: 'reported-quarter',
  antecedentOf(value, { candidate, text, current }) {
    const words = text.slice(candidate.start, candidate.end);
    if (!QUARTER_VALUE.test(value) || !NUMBERED.test(words)) return null;
    const reported =
      current === null ||
      FISCAL.test(words) ||
      ENDED_AFTER.test(text.slice(candidate.end, candidate.end + 10)) ||
      REPORTED_BEFORE.test(text.slice(Math.max(0, candidate.start - 60), candidate.start));
    return reported ? value : null;
  },
  resolve(c, text, reported) {
    const own = QUARTER_VALUE.exec(c.value);
    const words = text.slice(c.start, c.end);
    if (!own || NUMBERED.test(words) || CURRENT.test(words)) return null;
    // "This quarter's loss" is the reported quarter itself; "the quarter" keeps its own year.
    const value = THIS.test(words) ? reported : `${own[1]}-Q${QUARTER_VALUE.exec(reported)![2]}`;
    return value === c.value ? null : value;
  },
};

/** Expects candidates sorted by start. */
export function resolveReportedQuarter(candidates: readonly Candidate[], text: string): Candidate[] {
  return resolveFromLastMentioned(candidates, text, REPORTED_QUARTER);
}
