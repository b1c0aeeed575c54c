// Ultimatums: "Labour will call a no-confidence vote if the party does not remove him" — a threat
// that asks the other side to act; an appeal by the speaker of the sentence. Only "will"/"threatened
// to" with a present "does not": "would ... if it did not" is a counterfactual, not a demand.
import { demandAfter } from './demand.js';
import type { ReportedProposal } from './should.js';

const ULTIMATUM_RE =
  /\b(?:will|threatened\s+to|threatens\s+to)\s[^.;:!?]{1,120}?\bif\s+([^.;:!?,]{1,60}?)\s+(?:does|do)\s*(?:not\s|n't\s)/gi;

export function findUltimatums(text: string, from: number, to: number): ReportedProposal[] {
  const body = text.slice(from, to);
  const found: ReportedProposal[] = [];
  ULTIMATUM_RE.lastIndex = 0;
  for (let m = ULTIMATUM_RE.exec(body); m; m = ULTIMATUM_RE.exec(body)) {
    const start = from + m.index;
    const action = demandAfter(text, start + m[0].length, to);
    if (!action) continue;
    const verb = /^\w+/.exec(m[0])![0];
    found.push({
      match: { start, end: start + verb.length, verb: { phrase: verb, rule: 'ultimatum', agent: 'speaker' } },
      demandFrom: start + m[0].indexOf(m[1]),
      demand: `${m[1]} ${action}`,
    });
  }
  return found;
}
