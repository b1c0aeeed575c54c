// Who appeals: the subject of the appeal verb's clause (the nearest party named before it);
// for "stressing the need ..." the subject of the sentence; for "calls by the cabinet" the noun
// after "by"; "both leaders" and "he" stand for the people named last.
import type { TextSpan } from '../../document/types.js';
import type { Actor } from '../../schema.js';
import { mentionsWithin, parties, personBefore, type PlacedMention } from '../calls/actor-lookup.js';
import { clauseOpener } from '../calls/clause.js';
import type { AppealMatch } from './verbs.js';

const PARTICIPLE_RE = /^\w+ing\b/i;
const PAIR_ANAPHOR_RE = /\b(?:the\s+two|both)(?:\s+\w+)?\s+(?:leaders|presidents|ministers|sides|countries|men|premiers)\b|^\s*they\b/i;
const PRONOUN_RE = /\b(?:he|she)\b/i;
const BY_PHRASE_REACH = 40;

/** The last `count` distinct parties named before `pos`. */
function partiesBefore(placed: readonly PlacedMention[], pos: number, count: number): Actor[] {
  const found: Actor[] = [];
  for (let i = placed.length - 1; i >= 0 && found.length < count; i--) {
    const m = placed[i];
    if (m.end > pos || m.actor.type === 'place' || found.some((a) => a.id === m.actor.id)) continue;
    found.unshift(m.actor);
  }
  return found;
}

export function appealAgents(text: string, placed: readonly PlacedMention[], sentence: TextSpan, match: AppealMatch): Actor[] {
  if (match.verb.agent === 'by-phrase') {
    const named = placed.find((m) => m.start >= match.end && m.start < match.end + BY_PHRASE_REACH);
    return named ? [named.actor] : [];
  }
  if (PARTICIPLE_RE.test(text.slice(match.start, match.end))) {
    const main = parties(mentionsWithin(placed, sentence.start, match.start))[0];
    return main ? [main.actor] : [];
  }
  const opener = clauseOpener(text, sentence, match.start);
  const subject = parties(mentionsWithin(placed, opener.start, match.start));
  if (subject.length > 0) return [subject[subject.length - 1].actor];
  const subjectText = text.slice(opener.start, match.start);
  if (PAIR_ANAPHOR_RE.test(subjectText)) return partiesBefore(placed, opener.start, 2);
  const pronoun = PRONOUN_RE.exec(subjectText);
  if (pronoun) {
    const person = personBefore(placed, opener.start + pronoun.index);
    return person ? [person.actor] : [];
  }
  return [];
}
