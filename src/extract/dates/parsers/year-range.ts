// "2009-2010", "1994–1997": a span of years is two timexes, one per year (TempEval-3 annotates each).
import { pattern } from '../patterns.js';
import type { DateParser, ParsedTimex } from '../types.js';

/** Not inside a larger number, amount or code ("555-2012-2013", "$1990-2000", "2009-2010%"). */
const RANGE = `(?<![$£€\\d.,:/-])\\b(?<first>1[5-9]\\d\\d|20\\d\\d)\\s?[-–]\\s?(?<second>1[5-9]\\d\\d|20\\d\\d)\\b(?![%-]|[.,:/]\\d|\\s*(?:percent|per\\s+cent)\\b)`;

/** The year of one end, when the two read as a range: the second after the first, within a century. */
function end(m: RegExpExecArray, which: 'first' | 'second'): ParsedTimex | null {
  const first = Number(m.groups!.first);
  const second = Number(m.groups!.second);
  if (second <= first || second - first >= 100) return null;
  const [from, to] = m.indices!.groups![which];
  return { type: 'DATE', value: String(which === 'first' ? first : second), span: { from: from - m.index, to: to - m.index } };
}

export const yearRangeStartParser: DateParser = {
  name: 'year-range',
  pattern: pattern(RANGE, 'gid'),
  extract: (m: RegExpExecArray) => end(m, 'first'),
};

export const yearRangeEndParser: DateParser = {
  name: 'year-range',
  pattern: pattern(RANGE, 'gid'),
  extract: (m: RegExpExecArray) => end(m, 'second'),
};
