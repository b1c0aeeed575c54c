// Wire datelines: "MOSCOW, September 15. /TASS/.", "WASHINGTON (Reuters) -",
// "MOSCOW/TEHRAN (Web Desk) –", "MINA, Saudi Arabia (AP) —", "NEW DELHI, Sept 10 (KUNA) --".
import type { Dateline } from '../schema.js';
import { MONTH_PATTERN, isValidDay, monthNumber } from './calendar.js';
import type { TextSpan } from './types.js';

const CAPS_WORD = "[A-Z][A-Z'’.\\-]+";
const PLACE = `${CAPS_WORD}(?: ${CAPS_WORD}){0,3}`;
const REGION = '[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}';
const DAY_MONTH = `(${MONTH_PATTERN})\\.? (\\d{1,2})(?:, (\\d{4}))?`;
const AGENCY = "\\(([A-Z][\\w .&'/-]{0,40})\\)|\\. ?/([A-Za-z][\\w .-]{0,30})/\\.?";
/** A syndication credit the page puts before the dateline: "(MENAFN- Kuwait News Agency (KUNA)) ". */
const CREDIT = '(?:\\((?:[^()\\n]|\\([^()\\n]*\\)){1,80}\\)\\s+)?';
const DASH = '(?:--|[-–—:])';

const DATELINE_RE = new RegExp(
  `^${CREDIT}(${PLACE}(?: ?/ ?${PLACE})*)(?:, (${REGION}))?(?:,? ${DAY_MONTH})?\\s*(?:${AGENCY})?\\s*(?:${DASH}\\s|(?<=/\\.?)\\s)`,
  'm',
);

/** How far into the text a dateline may start: past headlines, bylines and page furniture. */
const SEARCH_LIMIT = 2500;

export interface DatelineFinding {
  dateline: Dateline;
  span: TextSpan;
  month: number | null;
  day: number | null;
  year: number | null;
}

export function readDateline(text: string, from: number): DatelineFinding | null {
  const window = text.slice(from, from + SEARCH_LIMIT);
  const re = new RegExp(DATELINE_RE.source, 'gm');
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const places = m[1].split('/').map((p) => p.trim()).filter((p) => /[A-Z]{2}/.test(p));
    const agency = (m[6] ?? m[7] ?? null)?.trim() ?? null;
    const hasDate = m[3] !== undefined;
    // A line of capitals followed by a dash is a dateline only with an agency, a date or a short place name.
    if (!agency && !hasDate && m[0].length > 40) continue;
    if (places.length === 0) continue;
    const month = hasDate ? monthNumber(m[3]) : null;
    const day = hasDate ? Number(m[4]) : null;
    const year = m[5] ? Number(m[5]) : null;
    if (month !== null && day !== null && !isValidDay(year, month, day)) continue;
    const start = from + m.index;
    const end = start + m[0].trimEnd().length;
    return { dateline: { places, agency }, span: { start, end }, month, day, year };
  }
  return null;
}
