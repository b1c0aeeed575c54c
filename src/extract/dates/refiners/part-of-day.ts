// "the morning of March 5", "the night of Friday", "the early hours of Saturday", "overnight Sunday": a part of a
// named day is one TIME on that day (TimeML's TMO, TAF, TEV, TNI), as "Saturday morning" is. The hours before dawn
// are the morning's.
import { DAY_PARTS } from '../../../lexicon/day-parts.js';
import type { Candidate } from '../types.js';

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;
const PART_BEFORE = /\b(?:(?:the\s+)?(?:(?:early|late)\s+)?(morning|afternoon|evening|night|(?:early|small|wee)\s+hours)\s+of|(overnight))\s+$/i;
const WINDOW = 40;

function partCode(words: string): string {
  return /hours$/i.test(words) ? 'MO' : DAY_PARTS[words.toLowerCase()];
}

/** Expects candidates sorted by start and not overlapping. */
export function attachPartOfDay(candidates: readonly Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const m = c.type === 'DATE' && DAY_VALUE.test(c.value) ? PART_BEFORE.exec(text.slice(Math.max(0, c.start - WINDOW), c.start)) : null;
    if (!m) {
      out.push(c);
      continue;
    }
    const start = c.start - m[0].length;
    // "the early hours" was read alone as a vague duration: it is now part of this mention.
    while (out.length > 0 && out[out.length - 1].start >= start) out.pop();
    const code = partCode((m[1] ?? m[2]).replace(/\s+/g, ' '));
    out.push({ ...c, start, type: code === 'NI' ? 'DATE' : 'TIME', value: `${c.value}T${code}`, rules: [...c.rules, 'part-of-day'] });
  }
  return out;
}
