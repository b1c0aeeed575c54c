// Publication dates printed near the top of a page: "Posted Jul 17, 2008 7:22 AM CDT",
// "Updated: 18-02-2021 02:17 IST", "Thursday, September 24, 2015", "ReutersJune 21, 2019", "2024-10-09".
import { MONTH_PATTERN, isValidDay, monthNumber, timexValue } from './calendar.js';

/** Bylines sit in the first lines of a page. */
const SEARCH_LIMIT = 800;
/** A byline line is short; a long line is prose, whose dates are about events. */
const MAX_LINE = 90;

interface DatePattern {
  re: RegExp;
  read(m: RegExpExecArray): [number, number, number] | null;
}

const PATTERNS: DatePattern[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, read: (m) => [+m[1], +m[2], +m[3]] },
  { re: /\b(\d{1,2})-(\d{1,2})-(\d{4})\b/, read: (m) => [+m[3], +m[2], +m[1]] },
  {
    re: new RegExp(`(${MONTH_PATTERN})\\.? (\\d{1,2}),? (\\d{4})\\b`),
    read: (m) => [+m[3], monthNumber(m[1]) ?? 0, +m[2]],
  },
  {
    re: new RegExp(`\\b(\\d{1,2}) (${MONTH_PATTERN})\\.?,? (\\d{4})\\b`),
    read: (m) => [+m[3], monthNumber(m[2]) ?? 0, +m[1]],
  },
];

/** The first full date on a short line near the top of the text, as a TIMEX3 value. */
export function readBylineDate(text: string, from: number): string | null {
  const head = text.slice(from, from + SEARCH_LIMIT);
  for (const line of head.split('\n')) {
    if (line.length > MAX_LINE) continue;
    for (const { re, read } of PATTERNS) {
      const m = re.exec(line);
      if (!m) continue;
      const ymd = read(m);
      if (ymd && ymd[0] >= 1900 && ymd[0] <= 2100 && isValidDay(ymd[0], ymd[1], ymd[2])) {
        return timexValue(ymd[0], ymd[1], ymd[2]);
      }
    }
  }
  return null;
}
