// "Police said five people were shot on Sunday. One of them died at the hospital.": the dead told in
// a later sentence or clause ("...; one of them later died", "..., and one of them died") as a part of
// those shot are among them, so the wounded who lived are the rest (refiner part-died-later), as
// shot-less-dead reads "five were shot, one fatally" right after the total.
import { tagRules } from '../../provenance.js';
import type { Finding } from '../types.js';
import { SHOT_RE } from './shot-less-dead.js';

/** How far after the total the part may be told: the next sentence or the one after. */
const MAX_GAP = 400;
// "One of them died", "Two of the victims later died", "One of the wounded has since died"; not "one of
// the men who died", which may be one of the dead told before
const PART_RE = /^\w+ of (?:them|those|the (?:victims|wounded|injured|men|women|teens|teenagers|children|people))\b(?! (?:who|that|whose)\b)/i;
// a sentence end, a semicolon, or "and" opening the clause of the part
const NEXT_CLAUSE_RE = /[.!?]["”’)]?\s|;\s|\band\s+$/;
// "Two others were stabbed. One of them died": another harm told between, which "them" may be
const OTHER_HARM_RE = /\b(?:shot|stabbed|wounded|injured|hurt|beaten|struck|killed|died|dead)\b/i;

export function partDiedLater(findings: readonly Finding[], text: string): Finding[] {
  const replaced = new Map<Finding, Finding>();
  findings.forEach((death, at) => {
    if (death.kind !== 'killed' || death.quantity.qualifier !== 'exact' || death.quantity.count === null) return;
    if (!PART_RE.test(text.slice(death.start, death.end))) return;
    // the figure told just before, with nothing between that "them" could stand for
    const total = replaced.get(findings[at - 1]) ?? findings[at - 1];
    if (total === undefined || total.kind !== 'injured' || total.quantity.qualifier !== 'exact' || total.quantity.count === null) return;
    if (total.rules?.includes('shot-less-dead')) return;
    const gap = text.slice(total.end, death.start);
    if (gap.length > MAX_GAP || !NEXT_CLAUSE_RE.test(gap) || OTHER_HARM_RE.test(gap) || !SHOT_RE.test(text.slice(total.start, total.end))) return;
    if (death.quantity.count >= total.quantity.count) return;
    const rest: Finding = { ...total, quantity: { ...total.quantity, count: total.quantity.count - death.quantity.count } };
    tagRules(rest, 'part-died-later');
    replaced.set(findings[at - 1], rest);
  });
  return findings.map((f) => replaced.get(f) ?? f);
}
