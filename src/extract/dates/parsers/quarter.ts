// "the third quarter", "third-quarter", "the latest quarter", "the year-earlier quarter", "the first half".
import { parseOrdinal } from '../../../text/numbers.js';
import { relativePeriod } from '../normalize.js';
import { pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

const ORDINAL = '(?:first|second|third|fourth|1st|2nd|3rd|4th)';
/** Modifiers that name a quarter without its number, relative to the reference. */
const RELATIVE: Record<string, number> = {
  current: 0, latest: -1, recent: -1, previous: -2, 'year-ago': -5, 'year-earlier': -5, past: -1, last: -1,
};

export const quarterParser: DateParser = {
  name: 'quarter',
  pattern: pattern(
    `\\b(?:(the|a|its|their)\\s+)?(?:(year-ago|year-earlier|latest|recent|current|previous|past|last)\\s+)?(?:fiscal\\s+)?(?:(${ORDINAL})[\\s-]+)?(?:fiscal\\s+)?(quarter|half|period)(?![\\w-])(?:\\s+of\\s+(\\d{4}))?`,
  ),
  extract(m, ctx) {
    const ref = ctx.reference;
    const half = m[4].toLowerCase() === 'half';
    const modifier = m[2]?.toLowerCase();
    if (!m[3] && !modifier && !m[1]?.match(/^the$/i)) return null;
    if (!m[3] && half) return null;
    const period = m[4].toLowerCase() === 'period';
    if (period && (m[3] || !modifier)) return null;
    const yearOffset = modifier === 'year-ago' || modifier === 'year-earlier' ? -1 : 0;
    // The article stays out when nothing but it precedes ("its third quarter" → "third quarter").
    const span = m[1] && m[1].toLowerCase() !== 'the' ? { from: m[0].indexOf(m[0].slice(m[1].length).trim()), to: m[0].length } : undefined;
    if (m[3]) {
      const n = parseOrdinal(m[3])!;
      if (n > (half ? 2 : 4)) return null;
      let year = m[5] ? Number(m[5]) : ref?.year == null ? null : ref.year + yearOffset;
      // Early in a year, "the fourth quarter" is the one just ended.
      if (!m[5] && year !== null && ref?.month != null && !yearOffset) {
        const current = half ? (ref.month > 6 ? 2 : 1) : Math.floor((ref.month - 1) / 3) + 1;
        if (n > current && ctx.tenseAt(m.index) !== 'future') year -= 1;
      }
      return { type: 'DATE', value: `${year ?? 'XXXX'}-${half ? 'H' : 'Q'}${n}`, span };
    }
    // "the quarter", "the latest quarter": financial copy reports on the quarter just ended.
    const offset = modifier ? RELATIVE[modifier] : -1;
    return { type: 'DATE', value: relativePeriod(ref, 'Q', offset), span };
  },
};
