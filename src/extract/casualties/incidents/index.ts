// Figures of another incident than the story's own are marked with the rule that moved them there,
// so the dedupe refiner keeps them apart from an equal figure of the story.
import { tagRules } from '../../provenance.js';
import type { Finding, SentenceScan } from '../types.js';
import { INCIDENT_RULES } from './rules.js';

/** Marks each figure of the sentence that an incident rule covers (the first rule that covers it wins). */
export function markOtherIncidents(sentence: SentenceScan, found: readonly Finding[]): void {
  // Most sentences the casualty scan reads hold no figure: nothing to mark, no pattern to run.
  if (found.length === 0) return;
  for (const rule of INCIDENT_RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(sentence.raw); m; m = rule.pattern.exec(sentence.raw)) {
      const scope = rule.extract(sentence.raw, m);
      if (!scope) continue;
      for (const f of found) {
        const at = f.start - sentence.start;
        // a named victim is one person, whichever incident the sentence tells of
        if (f.incident === undefined && !f.name && at >= scope.from && at < scope.to) {
          f.incident = `${rule.name}@${sentence.start + m.index}`;
          tagRules(f, rule.name);
        }
      }
    }
  }
}
