// Reported proposals: "Yang said the two sides should keep exchanges", "told X that Y should",
// "..., adding that the two countries should expand cooperation", "said Iran must free the
// detainees" (not "must have realised", an inference, nor "must be understood", a remark), "said
// the relationship needs to be promoted", "The sides should keep talking, Yang added" — an appeal
// by the speaker. "should not" warnings are not, nor what the sides "agreed ... should" do.
import type { AppealMatch } from './verbs.js';

/** "should have won", "should have been told": what ought to have happened, a reproach or regret, not a proposal. */
const PERFECT = String.raw`\s+have\s+(?:\w+(?:ed|en|wn)|been|won|lost|done|made|had|got|gone|kept|told|left|said|brought|thought|sent|found|known|seen|paid|heard|met|put|run|come|become)\b`;

const SPEECH_SHOULD_RE = new RegExp(
  String.raw`\b(?:said|says|saying|added|adding|stated|stressed|noted|told\s+[^.;:!?,]{1,60}?(?=\s+that\b))\s+(?:that\s+)?((?:(?!\b(?:should|must|needs?\s+to|whether|if)\b)[^.;:!?,]){1,100})\b(?:should(?!${PERFECT})|must(?!\s+(?:be|have)\b)|needs?\s+to)\b(?!\s+not\b|n't)`,
  'gi',
);
/** "said it is important to ... and agreed that both sides should": a joint position, not an appeal. */
const JOINT_AGREEMENT_RE = /\b(?:agreed|agree|agreeing)\b/i;

/** "I need to hear it from them", "I should be ashamed": the speaker's own intent or feeling, asked of no one. */
const FIRST_PERSON_SUBJECT_RE = /(?:^|[^\w'’])I\s+(?:\w+ly\s+|still\s+|also\s+|just\s+)?$/;
const FIRST_MODAL_RE = /\b(?:should|must|needs?\s+to)\b/;

/** "The firm said that should trim costs": a forecast about "that", not a proposal; "said there is no further need to": none asked for. */
const DEMONSTRATIVE_SUBJECT_RE = /^(?:that|this)\s*$|\bno\s+(?:\w+\s+)?$/i;

export interface ReportedProposal {
  match: AppealMatch;
  /** Where the demand starts: the reported clause after "said (that)". */
  demandFrom: number;
  /** The demand when it is not the words from `demandFrom` on ("if X does not resign": "X resign"). */
  demand?: string;
}

/**
 * The speaker after the proposal: "Both sides should keep talking, Roth told Mendes", '"... should
 * think again," he added'. Group 1 is the proposal clause, group 2 the speaker phrase.
 */
const SHOULD_THEN_SPEAKER_RE = new RegExp(
  String.raw`([^.;:!?“”"]{1,160}?\b(?:should|needs?\s+to|must)\b(?!\s+not\b|n't|${PERFECT})[^.;!?“”"]{1,200}?),["”’]?\s+((?:[A-Z][\w.'’-]*\s+){1,4}|(?:he|she)\s+)(?:also\s+)?(?:said|says|added|adds|told|stressed|noted|insisted)\b`,
  'g',
);
/** The modal SHOULD_THEN_SPEAKER_RE needs: a sentence without one is not scanned (the pattern tries up to 160 characters from every position). */
const MODAL_RE = /\b(?:should|needs?\s+to|must)\b/;
/** "if they should fail, ...": a condition, not a proposal ("must have realised" is an inference, left out above). */
const CONDITION_RE = /\b(?:if|whether|unless)\b/i;
const MAX_DEMAND_WORDS = 16;
/** A conjunct that opens on its modal has no subject of its own: the demand is what follows. */
const BARE_MODAL_RE = /^(?:should|must|needs?\s+to)\s+/i;

/** Proposals whose speaker comes after them (rule reported-proposal-after); the agent is the speaker phrase. */
export function findProposalsBeforeSpeaker(text: string, from: number, to: number): ReportedProposal[] {
  const body = text.slice(from, to);
  const found: ReportedProposal[] = [];
  if (!MODAL_RE.test(body)) return found;
  SHOULD_THEN_SPEAKER_RE.lastIndex = 0;
  for (let m = SHOULD_THEN_SPEAKER_RE.exec(body); m; m = SHOULD_THEN_SPEAKER_RE.exec(body)) {
    if (JOINT_AGREEMENT_RE.test(m[1]) || CONDITION_RE.test(m[1])) continue;
    if (FIRST_PERSON_SUBJECT_RE.test(m[1].slice(0, FIRST_MODAL_RE.exec(m[1])!.index))) continue;
    const verb = /\w+$/.exec(m[0])![0];
    const verbStart = from + m.index + m[0].length - verb.length;
    // "X and Y held talks last week, and should keep exchanges": the proposal is the last conjunct.
    const clause = m[1].split(/,\s+and\s+/).pop()!.trim().replace(BARE_MODAL_RE, '');
    const demand = clause.split(/\s+/).slice(0, MAX_DEMAND_WORDS).join(' ');
    found.push({
      match: { start: verbStart, end: verbStart + verb.length, verb: { phrase: verb, rule: 'reported-proposal-after', agent: 'speaker-after' } },
      demandFrom: from + m.index,
      demand,
    });
  }
  return found;
}

export function findReportedProposals(text: string, from: number, to: number): ReportedProposal[] {
  const body = text.slice(from, to);
  const found: ReportedProposal[] = [];
  SPEECH_SHOULD_RE.lastIndex = 0;
  for (let m = SPEECH_SHOULD_RE.exec(body); m; m = SPEECH_SHOULD_RE.exec(body)) {
    if (DEMONSTRATIVE_SUBJECT_RE.test(m[1]) || JOINT_AGREEMENT_RE.test(m[1]) || FIRST_PERSON_SUBJECT_RE.test(m[1])) continue;
    const start = from + m.index;
    const verb = /^\w+/.exec(m[0])![0];
    found.push({
      match: { start, end: start + verb.length, verb: { phrase: verb, rule: 'reported-proposal', agent: 'subject' } },
      demandFrom: start + m[0].indexOf(m[1]),
    });
  }
  return found;
}
