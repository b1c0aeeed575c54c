// Rule agent-body-anaphor: "The Foreign Ministry said ... The ministry also called for an apology":
// a body's head noun with the definite article, as the whole subject, stands for the organization
// named last before it whose name ends in that noun.
import type { Actor } from '../../schema.js';
import type { PlacedMention } from '../mentions.js';

/** "The ministry", "the council on Monday", "The agency has also": the head noun is group 1. */
const BODY_SUBJECT_RE = /^\s*the\s+([a-z]+)\s+(?:(?:has|have|had|also|again|on\s+\w+day|\w+ly)\s+)*$/i;

export function bodyReferent(placed: readonly PlacedMention[], subject: string, subjectStart: number): Actor | null {
  const head = BODY_SUBJECT_RE.exec(subject)?.[1];
  if (!head) return null;
  for (let i = placed.length - 1; i >= 0; i--) {
    const m = placed[i];
    if (m.end > subjectStart || m.actor.type !== 'organization') continue;
    if (m.actor.name.toLowerCase().split(/\s+/).pop() === head) return m.actor;
  }
  return null;
}
