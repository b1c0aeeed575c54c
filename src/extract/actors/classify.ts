// Decides what a candidate names: the profile's named rules are tried in order, the first reading wins.
import type { Profile } from '../profile.js';
import type { Candidate } from './candidates.js';
import { keyOf } from './candidates.js';
import { CONLL_CLASSIFY_RULES, type InsertedRule } from './rules/classify-conll.js';
import { NEWS_CLASSIFY_RULES } from './rules/classify-news.js';
import type { ClassifyContext, ClassifyRule, Reading } from './rules/types.js';

export type { ClassifyContext, Reading } from './rules/types.js';

/** The news rules with each inserted rule placed before the news rule it names. */
function withInserted(base: readonly ClassifyRule[], inserted: readonly InsertedRule[]): ClassifyRule[] {
  return base.flatMap((rule) => [...inserted.filter((i) => i.before === rule.id).map((i) => i.rule), rule]);
}

export const CLASSIFY_RULES: Record<Profile, readonly ClassifyRule[]> = {
  news: NEWS_CLASSIFY_RULES,
  conll: withInserted(NEWS_CLASSIFY_RULES, CONLL_CLASSIFY_RULES),
};

export interface Classified {
  reading: Reading;
  /** The id of the rule that gave the reading. */
  rule: string;
}

export function classify(c: Candidate, ctx: ClassifyContext, rules: readonly ClassifyRule[]): Classified {
  const key = keyOf(c.tokens);
  for (const rule of rules) {
    const reading = rule.read(c, key, ctx);
    if (!reading) continue;
    // "President of Turkyie X": what owns an office is a state or a body, never a person.
    if (reading.type === 'person' && c.ownerOnly) return { reading: { type: 'none' }, rule: 'office-owner-not-person' };
    return { reading, rule: rule.id };
  }
  throw new Error('the last classification rule reads every candidate');
}
