// TimeML keeps position and approximation modifiers inside the extent: "the end of 1990", "early March",
// "the mid-1990s", "around Nov. 1", and an open end after it: "1994 or later", "1990 and beyond", "the next
// year or so". Parsers find the core; these widen it over the modifier.
import type { Candidate } from '../types.js';

const MODIFIER_BEFORE =
  /(?:\b(?:the\s+)?(?:(?:very\s+)?(?:end|beginning|start|middle|close|(?:first|second|last)\s+half|(?:first|second|third|fourth)\s+quarter)\s+of\s+(?:the\s+)?|(?:early|late)\s+|mid-?)|\b(?:the|this)\s+|\b(?:around|approximately)\s+)$/i;
const WINDOW = 40;
/** A possessive date qualifies the noun after it; "around" then belongs to the noun ("get around Monday's ruling"). */
const POSSESSIVE_AFTER = /^['\u2019]s?\b/;
const OPEN_END_AFTER = /^\s+(?:or\s+(?:later|earlier|sooner|so)|and\s+beyond)\b/i;

/** A half or a quarter of a year is a period of its own: "the first half of 2025" is 2025-H1. */
const PART_OF_YEAR = /\b(first|second|last|third|fourth)\s+(half|quarter)\s+of\s/i;
const PART_NUMBER: Record<string, number> = { first: 1, second: 2, last: 2, third: 3, fourth: 4 };

function partOfYear(modifier: string, value: string): string {
  const m = PART_OF_YEAR.exec(modifier);
  if (!m || !/^\d{4}$/.test(value)) return value;
  const half = m[2].toLowerCase() === 'half';
  return `${value}-${half ? 'H' : 'Q'}${PART_NUMBER[m[1].toLowerCase()]}`;
}

const isReference = (c: Candidate) => /^(?:[A-Z]+_REF)$/.test(c.value);

export function attachModifiers(candidates: readonly Candidate[], text: string): Candidate[] {
  return candidates.map((c) => {
    if (c.type !== 'DATE' || isReference(c)) return c;
    const before = text.slice(Math.max(0, c.start - WINDOW), c.start);
    const m = MODIFIER_BEFORE.exec(before);
    if (!m) return c;
    // A bare "the" is kept only before a decade ("the 1990s") or a mid-/late- form that already has it.
    if (/^the\s+$/i.test(m[0]) && !/^(?:mid|early|late)\b|^\d{3}0s|^'\d0s/i.test(text.slice(c.start, c.end))) return c;
    // "this" before "past"/"coming" is part of the mention: "this past weekend", "this coming Sunday".
    if (/^this\s+$/i.test(m[0]) && !/^(?:past|coming)\b/i.test(text.slice(c.start, c.end))) return c;
    if (/^(?:around|approximately)\s/i.test(m[0]) && POSSESSIVE_AFTER.test(text.slice(c.end))) return c;
    // A quarter is a part of a year only ("the second quarter of September 1997" is two mentions).
    if (/quarter\s+of\s/i.test(m[0]) && !/^\d{4}$/.test(c.value)) return c;
    return { ...c, start: c.start - m[0].length, value: partOfYear(m[0], c.value), rules: [...c.rules, 'attach-modifiers'] };
  });
}

/** "1994 or later", "next year or so": the open end stays in the extent; the value is the date's. */
export function attachOpenEnd(candidates: readonly Candidate[], text: string): Candidate[] {
  return candidates.map((c) => {
    if (c.type !== 'DATE' || isReference(c)) return c;
    const m = OPEN_END_AFTER.exec(text.slice(c.end, c.end + WINDOW));
    return m ? { ...c, end: c.end + m[0].length, rules: [...c.rules, 'attach-open-end'] } : c;
  });
}
