// The walk the anaphora refiners share: TimeML anchors "the following year", "that night" on the date last
// mentioned, so each candidate is read against the antecedent the candidates before it left.
import type { Candidate } from '../types.js';

export interface AnaphorRule<Antecedent> {
  id: string;
  /**
   * The antecedent a DATE or TIME mention gives, or null when it gives none (the last one stays); `current` is the
   * antecedent so far.
   */
  antecedentOf(value: string, mention: { candidate: Candidate; text: string; current: Antecedent | null }): Antecedent | null;
  /** The candidate's new value counted from the antecedent, or null when it is no anaphor (or nothing changes). */
  resolve(candidate: Candidate, text: string, antecedent: Antecedent): string | null;
}

/** Expects candidates sorted by start. */
export function resolveFromLastMentioned<A>(candidates: readonly Candidate[], text: string, rule: AnaphorRule<A>): Candidate[] {
  let antecedent: A | null = null;
  return candidates.map((c) => {
    const value = antecedent === null ? null : rule.resolve(c, text, antecedent);
    const resolved = value ? { ...c, value, rules: [...c.rules, rule.id] } : c;
    if (resolved.type === 'DATE' || resolved.type === 'TIME') antecedent = rule.antecedentOf(resolved.value, { candidate: resolved, text, current: antecedent }) ?? antecedent;
    return resolved;
  });
}
