// Reported proposals: "Yang said the two sides should keep exchanges", "..., adding that the two
// countries should expand cooperation", "said the relationship needs to be promoted" — an appeal by the
// speaker. "should not" warnings are not, nor what the sides "agreed ... should" do.
import type { AppealMatch } from './verbs.js';

const SPEECH_SHOULD_RE =
  /\b(?:said|says|saying|added|adding|stated|stressed|noted)\s+(?:that\s+)?((?:(?!\b(?:should|needs?\s+to|whether|if)\b)[^.;:!?,]){1,100})\b(?:should|needs?\s+to)\b(?!\s+not\b|n't)/gi;
/** "said it is important to ... and agreed that both sides should": a joint position, not an appeal. */
const JOINT_AGREEMENT_RE = /\b(?:agreed|agree|agreeing)\b/i;

/** "The firm said that should trim costs": a forecast about "that", not a proposal. */
const DEMONSTRATIVE_SUBJECT_RE = /^(?:that|this)\s*$/i;

export interface ReportedProposal {
  match: AppealMatch;
  /** Where the demand starts: the reported clause after "said (that)". */
  demandFrom: number;
  /** The demand when it is not the words from `demandFrom` on ("if X does not resign": "X resign"). */
  demand?: string;
}

export function findReportedProposals(text: string, from: number, to: number): ReportedProposal[] {
  const body = text.slice(from, to);
  const found: ReportedProposal[] = [];
  SPEECH_SHOULD_RE.lastIndex = 0;
  for (let m = SPEECH_SHOULD_RE.exec(body); m; m = SPEECH_SHOULD_RE.exec(body)) {
    if (DEMONSTRATIVE_SUBJECT_RE.test(m[1]) || JOINT_AGREEMENT_RE.test(m[1])) continue;
    const start = from + m.index;
    const verb = /^\w+/.exec(m[0])![0];
    found.push({
      match: { start, end: start + verb.length, verb: { phrase: verb, rule: 'reported-proposal', agent: 'subject' } },
      demandFrom: start + m[0].indexOf(m[1]),
    });
  }
  return found;
}
