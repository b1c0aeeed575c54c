// Years and decades as broadcast transcripts write them: "nineteen ninety-six", "the year two thousand",
// "the nineties"; and centuries: "the 20th century" (TIMEX3 "19").
import { TENS, UNITS } from '../../../lexicon/number-words.js';
import { parseNumber, parseOrdinal } from '../../../text/numbers.js';
import { alternation, pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

const TEENS = alternation(Object.keys(UNITS).filter((w) => UNITS[w] >= 10));
const TENS_WORDS = alternation(Object.keys(TENS));
const UNIT_WORDS = alternation(Object.keys(UNITS).filter((w) => UNITS[w] >= 1 && UNITS[w] <= 9));
const DECADE_WORDS: Record<string, number> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

/** A year as words ("nineteen ninety-six", "twenty fifteen"), without capture groups, for the parsers that take a year after a month or season. */
export const SPOKEN_YEAR = `(?:${TEENS})[\\s-]+(?:(?:${TENS_WORDS})(?:[\\s-]+(?:${UNIT_WORDS}))?|${TEENS}|hundred)`;

/** The year a spoken "nineteen ninety-six" names; null for counts ("twelve hundred") and what is no year. */
export function readSpokenYear(words: string): number | null {
  const m = /^([a-z]+)[\s-]+(.+)$/i.exec(words.trim());
  const century = m ? parseNumber(m[1].toLowerCase()) : null;
  // "twelve hundred students" is a count; spoken years in news copy are modern.
  if (!m || century === null || century < 15) return null;
  const rest = m[2].toLowerCase() === 'hundred' ? 0 : parseNumber(m[2]);
  return rest === null || rest > 99 ? null : century * 100 + rest;
}

export const spokenYearParser: DateParser = {
  name: 'spoken-year',
  pattern: pattern(
    `\\b(?:(?<century>${TEENS})[\\s-]+(?<rest>(?:${TENS_WORDS})(?:[\\s-]+(?:${UNIT_WORDS}))?|${TEENS}|hundred)` +
      `|(?:the\\s+)?year\\s+(?<thousand>two\\s+thousand(?:\\s+and\\s+(?:${UNIT_WORDS}))?)` +
      `|the\\s+(?<decade>${alternation(Object.keys(DECADE_WORDS))})` +
      `|(?:the\\s+)?(?<ordinal>\\d{1,2}(?:st|nd|rd|th)|${alternation(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'])})[\\s-]+century)\\b`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    if (g.ordinal) {
      const n = parseOrdinal(g.ordinal);
      return n ? { type: 'DATE', value: String(n - 1).padStart(2, '0') } : null;
    }
    if (g.decade) {
      // "the nineties" of the reference's century.
      const century = ctx.reference?.year != null ? Math.floor(ctx.reference.year / 100) - (ctx.reference.year % 100 < 10 * DECADE_WORDS[g.decade.toLowerCase()] ? 1 : 0) : 19;
      return { type: 'DATE', value: `${century}${DECADE_WORDS[g.decade.toLowerCase()]}` };
    }
    if (g.thousand) {
      const year = parseNumber(g.thousand);
      return year === null ? null : { type: 'DATE', value: String(year) };
    }
    const year = readSpokenYear(`${g.century} ${g.rest}`);
    return year === null ? null : { type: 'DATE', value: String(year) };
  },
};
