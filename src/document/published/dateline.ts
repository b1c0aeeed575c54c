// Wire datelines, each shape a rule: "MOSCOW, September 15. /TASS/.", "WASHINGTON (Reuters) -",
// "MOSCOW/TEHRAN (Web Desk) –", "TALLMANSVILLE, W.Va., Jan. 2 --", "MAO COUNTY (CHINA), June 25:",
// "MOSCOW May 2 Officials…", "Moscow, May 31 (IANS)", "Islamabad, 5 January 2023 (TDI):",
// "Washington D. C. [USA], April 7 (ANI):", "Baku, October 7, AZERTAC",
// "March 4 (Reuters) -".
import type { Dateline } from '../../schema.js';
import { countryOfPlace } from '../../lexicon/country-index.js';
import { SLUG_LABELS } from '../../lexicon/page-furniture.js';
import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../calendar.js';
import type { TextSpan } from '../types.js';
import { readDateAt } from './date-forms.js';

const CAPS_WORD = "[A-Z][A-Z'’.\\-]+";
const CAPS_PLACE = `${CAPS_WORD}(?: ${CAPS_WORD}){0,3}`;
const TITLE_WORD = "[A-Z][a-z'’\\-]+";
const TITLE_PLACE = `${TITLE_WORD}(?: ${TITLE_WORD}){0,2}(?: D\\. ?C\\.)?`;
/** ", Saudi Arabia", ", W.Va.", " [USA]", " (CHINA)": where the place is, before the date. */
const REGION = `(?:, (?:[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}|[A-Z][a-z]{0,4}\\.(?: ?[A-Z][a-z]{0,4}\\.)?)| [\\[(][A-Z][A-Za-z. ]{1,30}[\\])](?=,))`;
const ORDINAL = '(?:st|nd|rd|th)?';
/** "NEW DELHI, DECEMBER 7:": a dateline in capitals may write its month in capitals too. */
const MONTH = `(?:${MONTH_PATTERN}|${MONTH_PATTERN.toUpperCase()})`;
const DATE = `(?:${MONTH}\\.? \\d{1,2}${ORDINAL}(?:,? \\d{4})?|\\d{1,2}${ORDINAL} ${MONTH}\\.?(?:,? \\d{4})?)`;
/** "(AFP)", "(Reuters)", and the agencies that write themselves in lower case: "(dpa)". */
const AGENCY = "\\((?<agency>[A-Z][\\w .&'/-]{0,40}|[a-z]{2,5})\\)|(?:\\. ?)?/(?<slashed>[A-Za-z][\\w .-]{0,30})/\\.?";
/** A syndication credit the page puts before the dateline: "(MENAFN- Kuwait News Agency (KUNA)) ". */
const CREDIT = '(?:\\((?:[^()\\n]|\\([^()\\n]*\\)){1,80}\\)\\s+)?';
const DASH = '(?:--|[-–—:])';
const SLUGS = new Set(SLUG_LABELS);
/** "UPDATE TUESDAY, JANUARY 19:" is an update note in capitals, not a place and its date. */
const WEEKDAY_WORD = new RegExp(`\\b${WEEKDAY_PATTERN}\\b`, 'i');

export interface DatelineFinding {
  dateline: Dateline;
  span: TextSpan;
  month: number | null;
  day: number | null;
  year: number | null;
}

interface DatelineMatch {
  /** Absent for a dateline that names no place ("March 4 (Reuters) -"). */
  places?: string;
  date?: string;
  agency?: string;
  /** The dateline's own text, without the whitespace after it. */
  length: number;
}

export interface DatelineRule {
  id: string;
  /** Global and multiline: a dateline starts a line. Named groups: places, date, agency or slashed. */
  pattern: RegExp;
  /** Whether the match is a dateline (null rejects it). */
  extract(m: DatelineMatch): DatelineMatch | null;
}

const groupsOf = (m: RegExpExecArray): DatelineMatch => ({
  places: m.groups!.places,
  date: m.groups!.date,
  agency: m.groups!.agency ?? m.groups!.slashed ?? m.groups!.trailing,
  length: m[0].trimEnd().length,
});

export const DATELINE_RULES: readonly DatelineRule[] = [
  {
    // A line of capitals followed by a dash is a dateline only with an agency, a date or a short place name.
    id: 'caps-place',
    pattern: new RegExp(
      `^${CREDIT}(?<places>${CAPS_PLACE}(?: ?/ ?${CAPS_PLACE})*)${REGION}?(?:,? (?<date>${DATE}))?\\.?\\s*(?:${AGENCY})?\\s*(?:${DASH}\\s|(?<=/\\.?)\\s)`,
      'gm',
    ),
    extract: (m) => (m.agency || m.date || m.length <= 40 ? m : null),
  },
  {
    id: 'caps-place-date-undelimited',
    pattern: new RegExp(`^(?<places>${CAPS_PLACE}) (?<date>${MONTH_PATTERN}\\.? \\d{1,2})(?= [A-Z][a-z])`, 'gm'),
    extract: (m) => m,
  },
  {
    // Written in title case the place needs a date and an agency or a colon or dash to tell it from a headline.
    id: 'titlecase-place',
    pattern: new RegExp(
      `^${CREDIT}(?<places>${TITLE_PLACE}(?: ?/ ?${TITLE_PLACE})*)${REGION}?(?:, (?<date>${DATE}))?[ \\t]*(?:(?:${AGENCY})[ \\t]*${DASH}?|${DASH})(?:\\s|$)`,
      'gm',
    ),
    extract: (m) => (m.date || (m.agency && m.length <= 40) ? m : null),
  },
  {
    // "March 4 (Reuters) - ", "4 March 2025 — ": a date opens the story with no place before it; it
    // needs an agency, or a year and a dash, to be told from a sentence that starts with a date.
    id: 'date-first',
    pattern: new RegExp(`^${CREDIT}(?<date>${DATE})[ \\t]*(?:(?:${AGENCY})[ \\t]*${DASH}|[—–]|--)[ \\t]`, 'gm'),
    extract: (m) => {
      // "January 27, 2022 (KHARTOUM) –": some papers put the place in brackets after the date.
      if (m.agency && countryOfPlace(m.agency.toLowerCase())) return { ...m, places: m.agency, agency: undefined };
      return m.agency || /\d{4}$/.test(m.date!) ? m : null;
    },
  },
  {
    id: 'agency-after-date',
    pattern: new RegExp(
      `^(?<places>${TITLE_PLACE}|${CAPS_PLACE})${REGION}?, (?<date>${DATE}),? (?<trailing>[A-Z]{3,}(?: [A-Z]{2,}){0,2})[ \\t]*${DASH}?[ \\t]*$`,
      'gm',
    ),
    extract: (m) => m,
  },
];

/** How far into the text a dateline may start: past headlines, bylines and page furniture. */
const SEARCH_LIMIT = 2500;

function finding(m: DatelineMatch, start: number): DatelineFinding | null {
  const places = (m.places ?? '').split('/').map((p) => p.trim()).filter((p) => p.length > 1 && !SLUGS.has(p));
  // Only a rule without a place group (date-first) may find a dateline that names no place.
  if (places.length === 0 && m.places !== undefined) return null;
  if (places.some((p) => WEEKDAY_WORD.test(p))) return null;
  const date = m.date ? readDateAt(m.date, 0, false) : null;
  if (m.date && !date) return null;
  const dateline = { places, agency: m.agency?.trim() ?? null };
  return { dateline, span: { start, end: start + m.length }, month: date?.month ?? null, day: date?.day ?? null, year: date?.year ?? null };
}

/** The first dateline in the head of the text; where rules find one at the same place, the first rule's. */
export function readDateline(text: string, from: number): DatelineFinding | null {
  const window = text.slice(from, from + SEARCH_LIMIT);
  let best: { at: number; found: DatelineFinding } | null = null;
  for (const rule of DATELINE_RULES) {
    const re = new RegExp(rule.pattern.source, rule.pattern.flags);
    for (let m = re.exec(window); m && (!best || m.index < best.at); m = re.exec(window)) {
      const accepted = rule.extract(groupsOf(m));
      const found = accepted && finding(accepted, from + m.index);
      if (found) {
        best = { at: m.index, found };
        break;
      }
    }
  }
  return best?.found ?? null;
}
