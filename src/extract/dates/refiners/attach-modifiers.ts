// TimeML keeps position and approximation modifiers inside the extent: "the end of 1990", "early March",
// "the mid-1990s". Parsers find the core; this widens it over a modifier right before it.
import type { Candidate } from '../types.js';

const MODIFIER_BEFORE =
  /(?:\b(?:the\s+)?(?:(?:very\s+)?(?:end|beginning|start|middle|close|first\s+half|second\s+half|last\s+half)\s+of\s+(?:the\s+)?|(?:early|late)\s+|mid-?)|\b(?:the|this)\s+)$/i;
const WINDOW = 40;

export function attachModifiers(candidates: readonly Candidate[], text: string): Candidate[] {
  return candidates.map((c) => {
    if (c.type !== 'DATE' || /^(?:[A-Z]+_REF)$/.test(c.value)) return c;
    const before = text.slice(Math.max(0, c.start - WINDOW), c.start);
    const m = MODIFIER_BEFORE.exec(before);
    // A bare "the" is kept only before a decade ("the 1990s") or a mid-/late- form that already has it.
    if (!m || (/^the\s+$/i.test(m[0]) && !/^(?:mid|early|late)\b|^\d{3}0s|^'\d0s/i.test(text.slice(c.start, c.end)))) return c;
    // "this" before "past"/"coming" is part of the mention: "this past weekend", "this coming Sunday".
    if (/^this\s+$/i.test(m[0]) && !/^(?:past|coming)\b/i.test(text.slice(c.start, c.end))) return c;
    return { ...c, start: c.start - m[0].length, rules: [...c.rules, 'attach-modifiers'] };
  });
}
