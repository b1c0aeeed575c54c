// Rule agent-quoted-speaker: '"We call on all parties to ...," X said.' An appeal made in the first
// person inside a quotation is the speaker's: the party named with the speech verb after the quote
// closes ("..., X told reporters", "..., said X"), else before it opens ('X said: "We urge ..."').
import type { Actor } from '../../schema.js';
import { mentionsWithin, parties, pronounReferent, type PlacedMention } from '../mentions.js';
import type { TextSpan } from '../../document/types.js';

/** "We call on", "I strongly urge", "we are calling for": the clause's subject is the speaker. */
const FIRST_PERSON_SUBJECT_RE = /(?:^|[\s"“‘])(?:I|[Ww]e)\s+(?:[a-z]+\s+){0,2}$/;
const OPENING_QUOTE = /["“]/g;
const SPEECH_VERB_RE = /\b(?:said|says|told|tells|added|adds|stated|declared|wrote|posted|insisted|stressed)\b/;
/** How far a quotation may run on each side of the appeal (a quote may hold a few sentences). */
const QUOTE_REACH = 600;
/** How far after the closing quote the speaker is named. */
const SPEAKER_REACH = 120;
const PRONOUN_RE = /\b(?:he|she)\b/i;

/** Where the quotation holding `pos` opens, or -1 when `pos` is not inside one. */
function quoteOpen(text: string, pos: number): number {
  const before = text.slice(Math.max(0, pos - QUOTE_REACH), pos);
  const curlyOpen = before.lastIndexOf('“');
  if (curlyOpen >= 0 && before.indexOf('”', curlyOpen) < 0) return pos - before.length + curlyOpen;
  const straight = [...before.matchAll(OPENING_QUOTE)].filter((m) => m[0] === '"');
  return straight.length % 2 === 1 ? pos - before.length + straight[straight.length - 1].index! : -1;
}

/** The party of a speech phrase: the last named before the verb ("U.N. spokesman X told"), else the first after ("said X"). */
function speakerIn(text: string, placed: readonly PlacedMention[], sentences: readonly TextSpan[], from: number, to: number): Actor | null {
  const phrase = text.slice(from, to);
  const verb = SPEECH_VERB_RE.exec(phrase);
  if (!verb) return null;
  const verbAt = from + verb.index;
  const before = parties(mentionsWithin(placed, from, verbAt));
  const people = before.filter((m) => m.actor.type === 'person');
  if (people.length > 0) return people[people.length - 1].actor;
  if (before.length > 0) return before[before.length - 1].actor;
  const after = parties(mentionsWithin(placed, verbAt, to));
  if (after.length > 0) return after[0].actor;
  const pronoun = PRONOUN_RE.exec(text.slice(from, verbAt));
  return pronoun ? (pronounReferent(placed, sentences, from + pronoun.index)?.actor ?? null) : null;
}

/** "I called for help": a past act the speaker tells of, not an appeal made in the quotation. */
const PAST_FORM_RE = /^\w+ed\b/i;

/** The speaker of a first-person appeal at [clauseStart, verbStart) inside a quotation, or null. */
export function quotedSpeaker(
  text: string,
  placed: readonly PlacedMention[],
  sentences: readonly TextSpan[],
  clauseStart: number,
  verbStart: number,
): Actor | null {
  if (!FIRST_PERSON_SUBJECT_RE.test(text.slice(clauseStart, verbStart)) || PAST_FORM_RE.test(text.slice(verbStart, verbStart + 20))) return null;
  const open = quoteOpen(text, verbStart);
  if (open < 0) return null;
  const closeMatch = /["”]/.exec(text.slice(verbStart, verbStart + QUOTE_REACH));
  if (closeMatch) {
    const close = verbStart + closeMatch.index + 1;
    const end = sentences.find((s) => s.start <= close && close < s.end)?.end ?? close + SPEAKER_REACH;
    const after = speakerIn(text, placed, sentences, close, Math.min(end, close + SPEAKER_REACH));
    if (after) return after;
  }
  const lineStart = Math.max(text.lastIndexOf('\n', open) + 1, sentences.find((s) => s.start <= open && open < s.end)?.start ?? 0);
  return speakerIn(text, placed, sentences, lineStart, open);
}
