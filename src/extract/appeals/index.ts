// Appeals: someone urges, calls for, demands, appeals for or insists on something. Sentence by
// sentence, appeal verbs from the lexicon are found, their agent resolved to actors and the
// demand cut to its clause.
import type { Appeal } from '../../schema.js';
import type { ExtractContext } from '../context.js';
import { placeContentMentions } from '../mentions.js';
import { APPEAL_ADDRESSEES } from '../../lexicon/appeal-addressees.js';
import { VICTIM_NOUNS } from '../../lexicon/victim-nouns.js';
import { appealAgents } from './agent.js';
import { adoptStandIns } from '../calls/unnamed-states.js';
import { readCallNoun } from './call-noun.js';
import { demandAfter } from './demand.js';
import { appealVeto } from './not-appeals.js';
import { passiveAgent } from './passive-agent.js';
import { findProposalsBeforeSpeaker, findReportedProposals, type ReportedProposal } from './should.js';
import { findUltimatums } from './ultimatum.js';
import { findAppealVerbs, type AppealMatch } from './verbs.js';

const ADDRESSEE_GAP_RE = / … to$/;
const PARTICIPLE_RE = /^\w+ing\b/;
const AND_BEFORE_RE = /\band\s+(?:also\s+)?$/i;
/** Verb rules whose second use in a sentence, joined by "and", is a second appeal by the same actor. */
const SECOND_VERB_RULES: Record<string, true> = { 'urge-verb': true, 'call-on': true, 'call-for': true, 'demand-verb': true, 'asked-to': true };
const OPENING_QUOTE_RE = /^["“‘]/;
/** "asked a judge to", not "asked in a reference to": the gap names whom the appeal addresses. */
const ADDRESSEE_RE =
  /^(?:[A-Z]|(?:the|a|an|his|her|their|its|him|them|me|us|you|all|both|everyone|people|residents|members|other|others)\b)/;
/**
 * "pressed allies to", "asked parliament to", "directed security chiefs to", "asked social media
 * companies to": a bare noun naming people or bodies, maybe after one or two modifiers.
 */
const NOUN_ADDRESSEE_RE = /^([a-z]+)(?:\s+([a-z]+))?(?:\s+([a-z]+))?\b/;
/** "pleaded with leaders to": the preposition before whom the appeal addresses. */
const WITH_RE = /^with\s+/i;
/** "asked reporters whether they wanted to", "asked X about plans to": a clause or a topic, not whom the appeal addresses, before "to". */
const CLAUSE_IN_GAP_RE = /\b(?:that|he|she|it|they|we|I|who|which|was|were|is|are|had|has|would|will|could|wanted|wants|said|about|reporters|journalists)\b/;
const ADDRESSEE_NOUNS: ReadonlySet<string> = new Set([...APPEAL_ADDRESSEES, ...VICTIM_NOUNS]);
/**
 * "pressed allies to send": whom an appeal addresses is asked for an act; "direct the tip to the police",
 * "instructed her on how to", "ordered the flags to be flown" (a thing acted on) are not appeals.
 */
const TO_AN_ACT_RE = /\bto\s+(?!(?:the|a|an|his|her|their|its|this|that|where|what|whom?)\b|be\s+[a-z]+(?:ed|en|wn|ld)\b)[a-z]+\b/;
const HOW_TO_RE = /\bhow\s+to$/i;
/** "the need to take further action if Russia continues to fail": a warning of what follows a refusal, not an appeal. */
const WARNING_IF_RE = /\bif\s+(?:\S+\s+){1,3}?(?:continues?|fails?|refuses?|does\s+not|doesn['’]t|keeps)\b/i;
/** "had not pressed for", "never called for": no appeal was made. */
const NEGATED_BEFORE_RE = /\b(?:not|never|n't|no\s+longer)\s+(?:\w+\s+)?$/i;
/** "is considering urging", "plans to call for": an appeal not yet made. */
const HYPOTHETICAL_BEFORE_RE = /\b(?:considering|considers|may|might|could|would|will|plans?\s+to|planned\s+to|expected\s+to)\s+$/i;
/** An act asked for: a gerund first ("creating an environment") or an infinitive ("both sides to put in"). */
const ACT_DEMAND_RE = /^\s*["“‘]?\w+ing\b|^[^.;]*?\bto\)?\s+\w+/i;
const ACT_REACH = 80;
/** "to push for", "to press": an appeal verb in the infinitive. */
const INFINITIVE_BEFORE_RE = /\bto\s+$/i;
/** "the demands of the census agents": a noun, not someone demanding. */
const NOUN_DEMAND_RE = /^demands?$/i;
const DETERMINER_BEFORE_RE = /\b(?:the|its|their|his|her|these|those|such)\s+$/i;
/** "Israel is asked to ...": the subject is the one appealed to. */
const PASSIVE_BEFORE_RE = /\b(?:is|was|were|are|be|been|being)\s+$/i;

/** "asked the cabinet to resign", "pressed allies to send": someone addressed, then an act. */
function addressesSomeoneToAct(text: string, match: AppealMatch, demandFrom: number): boolean {
  const addressee = text.slice(demandFrom).trimStart().replace(OPENING_QUOTE_RE, '').replace(WITH_RE, '');
  const noun = NOUN_ADDRESSEE_RE.exec(addressee);
  const named = noun && noun.slice(1).some((word) => word !== undefined && ADDRESSEE_NOUNS.has(word));
  if (!ADDRESSEE_RE.test(addressee) && !named) return false;
  if (CLAUSE_IN_GAP_RE.test(text.slice(demandFrom, match.end - 2))) return false;
  return !HOW_TO_RE.test(text.slice(match.start, match.end)) && TO_AN_ACT_RE.test(text.slice(match.end - 2, match.end + 24));
}

/** "asked the cabinet to resign": whom the appeal addresses belongs to the demand. */
function demandStart(text: string, match: AppealMatch): number {
  if (!ADDRESSEE_GAP_RE.test(match.verb.phrase)) return match.end;
  return match.start + /^\S+/.exec(text.slice(match.start))![0].length;
}

export function extractAppeals(ctx: ExtractContext): Appeal[] {
  const { doc } = ctx;
  const { text } = doc;
  // No early return without actors: "Indian officials urged" names its state only as a demonym.
  const placed = placeContentMentions(doc, ctx.actors);

  const appeals: Appeal[] = [];
  const seen = new Set<string>();
  for (const sentence of doc.sentences) {
    // Rule nested-demand: "urged Biden to push for a ceasefire": the act asked of the addressee is the first appeal's demand, no appeal of the addressee's.
    const demands: { after: number; demand: string }[] = [];
    if (sentence.end <= doc.contentStart) continue;
    const from = Math.max(sentence.start, doc.contentStart);
    const candidates: (ReportedProposal & { rule: string })[] = [
      ...findAppealVerbs(text, from, sentence.end).map((match) => ({ match, demandFrom: demandStart(text, match), rule: match.verb.rule })),
      ...findReportedProposals(text, from, sentence.end).map((found) => ({ ...found, rule: found.match.verb.rule })),
      ...findProposalsBeforeSpeaker(text, from, sentence.end).map((found) => ({ ...found, rule: found.match.verb.rule })),
      ...findUltimatums(text, from, sentence.end).map((found) => ({ ...found, rule: found.match.verb.rule })),
    ];
    for (const { match, demandFrom, demand: given, rule } of candidates) {
      const before = text.slice(Math.max(sentence.start, match.start - 20), match.start);
      // "Israel is asked to ..." is passive; "Russia was demanding ..." is the progressive of an appeal made.
      const passive = PASSIVE_BEFORE_RE.test(before) && !PARTICIPLE_RE.test(match.verb.phrase);
      const byAgent = passive ? passiveAgent(text, placed, match, sentence.end) : null;
      if (NEGATED_BEFORE_RE.test(before) || HYPOTHETICAL_BEFORE_RE.test(before) || (passive && !byAgent)) continue;
      if (NOUN_DEMAND_RE.test(match.verb.phrase) && DETERMINER_BEFORE_RE.test(before)) continue;
      const noun = readCallNoun(text, placed, sentence.start, match);
      if (noun.kind === 'refused') continue;
      if (ADDRESSEE_GAP_RE.test(match.verb.phrase) && !addressesSomeoneToAct(text, match, demandFrom)) continue;
      // "held a video call on Tuesday": a call on a day, not a call on someone.
      if (ctx.dates.some((d) => d.start >= match.end && d.start <= match.end + 1)) continue;
      const demand = given ?? demandAfter(text, byAgent?.end ?? demandFrom, sentence.end);
      if (!demand || appealVeto(rule, before, demand)) continue;
      const verbText = text.slice(match.start, match.end);
      if (INFINITIVE_BEFORE_RE.test(before) && demands.some((d) => match.start >= d.after && d.demand.includes(verbText))) continue;
      if (WARNING_IF_RE.test(text.slice(demandFrom, sentence.end))) continue;
      // "stressed the importance of the close ties": praise of what is, not a call for an act.
      if (match.verb.rule === 'stress-the-importance' && !ACT_DEMAND_RE.test(text.slice(demandFrom, demandFrom + ACT_REACH))) continue;
      demands.push({ after: match.end, demand });
      const evidence = { start: sentence.start, end: sentence.end, text: text.slice(sentence.start, sentence.end) };
      const agents = byAgent
        ? { actors: [byAgent.actor], rule: 'passive-by-agent' }
        : noun.kind === 'owner'
          ? { actors: [noun.actor], rule: 'call-owner' }
          : appealAgents(text, placed, doc.sentences, sentence, match);
      // "French officials called for": a state the article names nowhere else joins its actors.
      for (const actor of adoptStandIns(ctx.actors, agents.actors)) {
        // "urged X ..., calling for Y" is one demand stated twice; "called on X ... and urged Y" are two.
        // Proposals read from "should" restate any verb of their sentence.
        const key = `${actor.id}@${sentence.start}`;
        const coordinatedVerb = rule in SECOND_VERB_RULES && AND_BEFORE_RE.test(before);
        const restated = PARTICIPLE_RE.test(match.verb.phrase) || !coordinatedVerb;
        if (seen.has(key) && restated) continue;
        seen.add(key);
        appeals.push({ actor: actor.id, verb: text.slice(match.start, match.end), demand, evidence, rules: [rule, agents.rule] });
      }
    }
  }
  return appeals;
}
