// "overnight Sunday": the night of a named day is one mention on that day (TimeML's TNI), as "Sunday night" is.
// "the night of Oct. 23", "the early hours of Thursday morning" are not joined: TempEval-3's gold marks only the
// date in them ("Oct. 23", "Thursday morning"), with the day's value.
import type { Candidate } from '../types.js';

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;
const OVERNIGHT_BEFORE = /\bovernight\s+$/i;
const WINDOW = 40;

/** Expects candidates sorted by start and not overlapping. */
export function attachOvernightDay(candidates: readonly Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const m = c.type === 'DATE' && DAY_VALUE.test(c.value) ? OVERNIGHT_BEFORE.exec(text.slice(Math.max(0, c.start - WINDOW), c.start)) : null;
    if (!m) {
      out.push(c);
      continue;
    }
    const start = c.start - m[0].length;
    while (out.length > 0 && out[out.length - 1].start >= start) out.pop();
    out.push({ ...c, start, value: `${c.value}TNI`, rules: [...c.rules, 'overnight-day'] });
  }
  return out;
}
