// The article's publication date, from what the page prints: a stored-page header, a date given
// from outside (a JSONL field, HTML metadata), date stamps ("Published …", "Updated …") and the
// dateline. The article's own stamps win over the site's "today"; a dateline without a year gives
// XXXX-MM-DD only when nothing gives a year.
import { timexValue } from '../calendar.js';
import { readDateline, type DatelineFinding } from './dateline.js';
import { findStamps, type Stamp, type StampRole } from './stamps.js';

export { readDateline, type DatelineFinding } from './dateline.js';
export type { Stamp } from './stamps.js';

export interface Publication {
  /** TIMEX3 value, or null when the text gives none. */
  value: string | null;
  /** Which rule gave it: "header", "external", a stamp rule id, or "dateline". */
  rule: string | null;
  dateline: DatelineFinding | null;
  /** Every stamp found: they are page furniture, never facts of the story. */
  stamps: Stamp[];
}

interface Sources {
  header: string | null;
  external: string | null;
}

const stampValue = (s: Stamp) => timexValue(s.year, s.month, s.day);

/**
 * Rule numeric-order-from-dateline: "Issued on: 07/12/2026" over "PARIS, Dec 7 —" is 7 December. A
 * date in figures is read month first (US slashes) or day first (dashes, dots); when its two numbers
 * could be either and the dateline names the other reading's day, the page writes the other way round.
 */
function inDatelineOrder(stamp: Stamp, dateline: DatelineFinding | null): Stamp {
  if (!stamp.ambiguous || !dateline?.month) return stamp;
  const agrees = dateline.month === stamp.day && dateline.day === stamp.month && (dateline.year ?? stamp.year) === stamp.year;
  return agrees ? { ...stamp, rule: 'numeric-order-from-dateline', month: stamp.day, day: stamp.month } : stamp;
}

const dayNumber = (s: Stamp) => Date.UTC(s.year, s.month - 1, s.day);

/**
 * Rule stamp-before-update: "Mon 7 Dec 2026 09.21 GMT / Last modified on Tue 8 Dec 2026", "Dec. 7 /
 * Updated: Dec. 8": a page prints its publication date unlabelled before the update. An unlabelled
 * stamp above the update and not later than it is the publication date; a later one is the site's today.
 */
function stampBeforeUpdate(stamps: readonly Stamp[], update: Stamp): Stamp | undefined {
  return stamps.find((s) => s.role === 'stamp' && s.start < update.start && dayNumber(s) <= dayNumber(update));
}

/** In order of trust: what the page says of the article itself before dates that only date the page. */
const PRECEDENCE: readonly (StampRole | 'dateline-with-year' | 'dateline')[] = [
  'published', 'dateline-with-year', 'updated', 'stamp', 'foot', 'print', 'dateline',
];

export function readPublication(text: string, contentStart: number, sources: Sources): Publication {
  const dateline = readDateline(text, contentStart);
  const stamps = findStamps(text, contentStart);
  const pick = (): Pick<Publication, 'value' | 'rule'> => {
    if (sources.header) return { value: sources.header, rule: 'header' };
    if (sources.external) return { value: sources.external, rule: 'external' };
    const datelineValue = dateline?.month ? timexValue(dateline.year, dateline.month, dateline.day) : null;
    for (const role of PRECEDENCE) {
      if (role === 'dateline-with-year' || role === 'dateline') {
        if (datelineValue && (role === 'dateline' || dateline!.year !== null)) return { value: datelineValue, rule: 'dateline' };
        continue;
      }
      const stamp = stamps.find((s) => s.role === role);
      if (!stamp) continue;
      const chosen = inDatelineOrder((role === 'updated' && stampBeforeUpdate(stamps, stamp)) || stamp, dateline);
      return { value: stampValue(chosen), rule: chosen.rule };
    }
    return { value: null, rule: null };
  };
  return { ...pick(), dateline, stamps };
}
