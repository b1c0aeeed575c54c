// Who appeals: the subject of the appeal verb's clause (the nearest party named before it);
// for "stressing the need ..." the subject of the sentence; for "calls by the cabinet" the noun
// after "by"; "both leaders" and "he" stand for the people named last.
import type { TextSpan } from '../../document/types.js';
import type { Actor } from '../../schema.js';
import { mentionsWithin, parties, pronounReferent, standaloneIndex, type PlacedMention } from '../mentions.js';
import { clauseOpener } from '../calls/clause.js';
import { documentIssuer } from './document-agent.js';
import { subjectBeforeParenthetical } from './parenthetical-subject.js';
import { governmentState } from './state-government.js';
import { bodyReferent } from './body-anaphor.js';
import { afterPreposition, itReferent, subjectAfterOpeningParticiple } from './subject-elsewhere.js';
import { quotedSpeaker } from './quoted-speaker.js';
import type { AppealMatch } from './verbs.js';

const PARTICIPLE_RE = /^\w+ing\b/i;
const SECOND_VERB_RE = /\band\s+(?:also\s+|then\s+)?$/i;
/** "the two leaders", "both sides": a pair of parties named before. */
const PAIR_PHRASE = String.raw`\b(?:the\s+two|both)(?:\s+\w+)?\s+(?:leaders|presidents|ministers|sides|countries|men|premiers)\b`;
const PAIR_ANAPHOR_RE = new RegExp(String.raw`${PAIR_PHRASE}|\bthe\s+two\s+(?:also\s+)?$`, 'i');
/** A sentence that opens on the pair. */
const SENTENCE_PAIR_RE = new RegExp(String.raw`^\s*${PAIR_PHRASE}`, 'i');
const SPEAKER_AFTER_RE = /^\s+(?:said|says|added|told)\b/;
/** "She also congratulated ... and urged": a pronoun opening the sentence. */
const SENTENCE_PRONOUN_RE = /^\s*(?:he|she)\b/i;
/** Words that may stand between coordinated subjects: "A and U.S. Secretary of State B", "A and her French counterpart B". */
const COORDINATION_WORD_RE = /^(?:and|of|the|&|his|her|their|its|counterparts?|colleagues?|[A-Z].*)$/;
const PRONOUN_RE = /\b(?:he|she)\b/i;
/** "They call on": the plural pronoun is the whole subject of the clause. */
const THEY_SUBJECT_RE = /^\s*(?:and\s+)?they\s+(?:\w+\s+)?$/i;
const POSSESSIVE_RE = /^['’]s/;
const BY_PHRASE_REACH = 40;
/** How far back the people "the two" stand for may be named, when their own sentence names too few. */
const PAIR_REACH = 200;

/** "Abacha's supporters urged": the owner is not the one who appeals. */
function notOwners(text: string, mentions: PlacedMention[]): PlacedMention[] {
  return mentions.filter((m) => !POSSESSIVE_RE.test(text.slice(m.end, m.end + 2)));
}


/**
 * The last `count` distinct parties named before `pos`: people when as many are named in its
 * sentence ("U.S. Secretary Kerry" is Kerry) or exactly as many just before it, else any parties.
 */
function partiesBefore(placed: readonly PlacedMention[], sentence: TextSpan, pos: number, count: number): Actor[] {
  const people = distinctActors(mentionsWithin(placed, sentence.start, pos).filter((m) => m.actor.type === 'person'));
  if (people.length >= count) return people.slice(-count);
  // "Lavrov held a call with Kerry ... in which the two called on": the people just before, across a line break.
  const recent = distinctActors(mentionsWithin(placed, pos - PAIR_REACH, pos).filter((m) => m.actor.type === 'person'));
  if (recent.length === count) return recent;
  const found: Actor[] = [];
  for (let i = placed.length - 1; i >= 0 && found.length < count; i--) {
    const m = placed[i];
    if (m.end > pos || m.actor.type === 'place' || found.some((a) => a.id === m.actor.id)) continue;
    found.unshift(m.actor);
  }
  return found;
}

function distinctActors(mentions: readonly PlacedMention[]): Actor[] {
  const actors: Actor[] = [];
  for (const m of mentions) if (!actors.some((a) => a.id === m.actor.id)) actors.push(m.actor);
  return actors;
}

/** '"...," Scotland said. She also urged': the person quoted last in the sentence before. */
function lastSpeaker(text: string, placed: readonly PlacedMention[], sentences: readonly TextSpan[], sentence: TextSpan): Actor | null {
  const previous = sentences[sentences.indexOf(sentence) - 1];
  if (!previous) return null;
  const speakers = mentionsWithin(placed, previous.start, previous.end).filter(
    (m) => m.actor.type === 'person' && SPEAKER_AFTER_RE.test(text.slice(m.end, m.end + 12)),
  );
  return speakers.length > 0 ? speakers[speakers.length - 1].actor : null;
}

/**
 * "The Senate and the House met. ... They call on": a plural pronoun stands for the named group of
 * two or more organizations last before it, when the sentence before names no person it could mean.
 */
function organizationsBefore(
  text: string,
  placed: readonly PlacedMention[],
  sentences: readonly TextSpan[],
  sentence: TextSpan,
  pos: number,
): Actor[] {
  const previous = sentences.filter((s) => s.end <= sentence.start).pop();
  const sincePrevious = mentionsWithin(placed, previous?.start ?? sentence.start, pos);
  if (sincePrevious.some((m) => m.actor.type === 'person')) return [];
  const organizations = placed.filter((m) => m.end <= pos && m.actor.type === 'organization');
  if (organizations.length < 2) return [];
  const group = coordinated(text, organizations, organizations.length - 1);
  return group.length >= 2 ? group : [];
}

/**
 * "when Okafor called for": a party named in the clause where the actor finder recorded no mention,
 * matched by its name or a recorded form standing alone (not part of a longer capitalized name).
 */
function namedWithout(text: string, placed: readonly PlacedMention[], start: number, end: number): PlacedMention[] {
  const found: PlacedMention[] = [];
  const inClause = mentionsWithin(placed, start, end);
  const actors = new Map(placed.filter((m) => m.actor.type !== 'place').map((m) => [m.actor.id, m.actor]));
  for (const actor of actors.values()) {
    for (const form of new Set([actor.name, ...actor.mentions.map((x) => x.text)])) {
      const at = standaloneIndex(text, start, end, form);
      if (at < 0 || inClause.some((p) => p.start < at + form.length && at < p.end)) continue;
      found.push({ start: at, end: at + form.length, actor });
      break;
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The party at `index` and the parties coordinated before it ("A, B and C urged"). */
function coordinated(text: string, named: readonly PlacedMention[], index: number): Actor[] {
  const group = [named[index].actor];
  let joined = false;
  for (let i = index; i > 0; i--) {
    const gap = text.slice(named[i - 1].end, named[i].start);
    if (!gap.includes(' and ') && !gap.includes(',')) break;
    if (!gap.split(/[\s,]+/).every((w) => w === '' || COORDINATION_WORD_RE.test(w))) break;
    if (afterPreposition(text, named[i - 1])) break;
    joined ||= gap.includes(' and ');
    group.unshift(named[i - 1].actor);
  }
  return joined ? group : group.slice(-1);
}

/** "..., Roth added", "..., he said": the speaker phrase between the comma and the speech verb (rule agent-speaker-after). */
function speakerAfter(text: string, placed: readonly PlacedMention[], sentences: readonly TextSpan[], match: AppealMatch): Agents {
  const comma = text.lastIndexOf(',', match.start);
  const named = parties(mentionsWithin(placed, comma, match.start));
  if (named.length > 0) return { actors: [named[named.length - 1].actor], rule: 'agent-speaker-after' };
  const pronoun = PRONOUN_RE.exec(text.slice(comma, match.start));
  const person = pronoun ? pronounReferent(placed, sentences, comma + pronoun.index) : null;
  return { actors: person ? [person.actor] : [], rule: 'agent-speaker-after' };
}

/** Who appeals, and the named agent rule that found them (--explain). */
export interface Agents {
  actors: Actor[];
  rule: string;
}

const none = (rule: string): Agents => ({ actors: [], rule });

/** The subject of the sentence a second verb or a participle goes with ("A said ... and urged", "..., urging"). */
function sentenceSubject(
  text: string,
  placed: readonly PlacedMention[],
  sentences: readonly TextSpan[],
  sentence: TextSpan,
  match: AppealMatch,
): Agents {
  // "A, B and C, who visited D, urging him to quit": the participle goes with the relative's antecedent.
  const relative = clauseOpener(text, sentence, match.start);
  if (relative.word === 'who') {
    const outer = clauseOpener(text, sentence, relative.wordStart);
    const antecedent = parties(notOwners(text, mentionsWithin(placed, outer.start, relative.wordStart)));
    if (antecedent.length > 0) return { actors: antecedent.map((m) => m.actor), rule: 'agent-relative-antecedent' };
  }
  // "The two leaders discussed ... and reiterated": the pair named last is the subject.
  if (SENTENCE_PAIR_RE.test(text.slice(sentence.start, match.start))) {
    return { actors: partiesBefore(placed, sentence, sentence.start, 2), rule: 'agent-pair-anaphor' };
  }
  // "Lavrov discussed the steps taken by the United States ... and urged": a party after a preposition is no subject.
  const named = parties(notOwners(text, mentionsWithin(placed, sentence.start, match.start)).filter((m) => !afterPreposition(text, m)));
  if (named.length === 0) {
    const afterParticiple = subjectAfterOpeningParticiple(text, placed, sentence, match.start);
    if (afterParticiple) return { actors: [afterParticiple], rule: 'agent-after-opening-participle' };
    // "She also congratulated ... and urged ...": the sentence opens on a pronoun.
    const pronoun = SENTENCE_PRONOUN_RE.exec(text.slice(sentence.start, match.start));
    const person = pronoun
      ? (lastSpeaker(text, placed, sentences, sentence) ?? pronounReferent(placed, sentences, sentence.start + pronoun.index)?.actor)
      : null;
    return person ? { actors: [person], rule: 'agent-pronoun' } : none('agent-sentence-subject');
  }
  let last = 0;
  while (last + 1 < named.length && coordinated(text, named, last + 1).length === last + 2) last++;
  return { actors: coordinated(text, named, last), rule: 'agent-sentence-subject' };
}

export function appealAgents(
  text: string,
  placed: readonly PlacedMention[],
  sentences: readonly TextSpan[],
  sentence: TextSpan,
  match: AppealMatch,
): Agents {
  if (match.verb.agent === 'speaker-after') return speakerAfter(text, placed, sentences, match);
  if (match.verb.agent === 'by-phrase') {
    const named = placed.find((m) => m.start >= match.end && m.start < match.end + BY_PHRASE_REACH);
    return { actors: named ? [named.actor] : [], rule: 'agent-by-phrase' };
  }
  // '"We call on all sides ...," X said': the speaker of the quotation.
  const speaker = quotedSpeaker(text, placed, sentences, clauseOpener(text, sentence, match.start).start, match.start);
  if (speaker) return { actors: [speaker], rule: 'agent-quoted-speaker' };
  const issuer = documentIssuer(text, placed, sentences, sentence, match.start);
  if (issuer) return { actors: [issuer], rule: 'agent-document-issuer' };
  // "Lavrov reiterated that ... and urged": a second verb of the sentence's subject.
  const secondVerb = SECOND_VERB_RE.test(text.slice(Math.max(sentence.start, match.start - 12), match.start));
  if (secondVerb || match.verb.agent === 'speaker' || PARTICIPLE_RE.test(text.slice(match.start, match.end))) {
    return sentenceSubject(text, placed, sentences, sentence, match);
  }
  const beforeParenthetical = subjectBeforeParenthetical(text, placed, sentence, match.start, (named, i) => coordinated(text, named, i));
  if (beforeParenthetical) return { actors: beforeParenthetical, rule: 'agent-before-parenthetical' };
  const opener = clauseOpener(text, sentence, match.start);
  const state = governmentState(text, placed, opener.start, match.start);
  if (state) return { actors: [state], rule: 'agent-state-government' };
  const subject = parties(notOwners(text, mentionsWithin(placed, opener.start, match.start)).filter((m) => !afterPreposition(text, m)));
  if (subject.length > 0) return { actors: coordinated(text, subject, subject.length - 1), rule: 'agent-clause-subject' };
  const unplaced = parties(notOwners(text, namedWithout(text, placed, opener.start, match.start)).filter((m) => !afterPreposition(text, m)));
  if (unplaced.length > 0) return { actors: coordinated(text, unplaced, unplaced.length - 1), rule: 'agent-unrecorded-name' };
  const subjectText = text.slice(opener.start, match.start);
  if (THEY_SUBJECT_RE.test(subjectText)) {
    return { actors: organizationsBefore(text, placed, sentences, sentence, opener.start), rule: 'agent-they-organizations' };
  }
  if (PAIR_ANAPHOR_RE.test(subjectText)) return { actors: partiesBefore(placed, sentence, opener.start, 2), rule: 'agent-pair-anaphor' };
  const body = bodyReferent(placed, subjectText, opener.start);
  if (body) return { actors: [body], rule: 'agent-body-anaphor' };
  const organization = itReferent(text, placed, sentences, sentence, match.start);
  if (organization) return { actors: [organization], rule: 'agent-it-organization' };
  const pronoun = PRONOUN_RE.exec(subjectText);
  if (pronoun) {
    const person = pronounReferent(placed, sentences, opener.start + pronoun.index);
    return { actors: person ? [person.actor] : [], rule: 'agent-pronoun' };
  }
  return none('agent-clause-subject');
}
