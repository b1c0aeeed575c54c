// Rule agent-document-issuer: an appeal a document makes is its issuer's. "The statement also
// called on Iran to ..." after "..., the European Council said in a statement."; "a UN Security
// Council resolution that deplored ... and called for ...".
import type { TextSpan } from '../../document/types.js';
import type { Actor } from '../../schema.js';
import { mentionsWithin, type PlacedMention } from '../mentions.js';

const DOCUMENT_NOUN = String.raw`(?:statement|resolution|declaration|communiqu[eé]|conclusions|letter)`;
/** The sentence's subject is the document: "The statement also called on ...". */
const DOCUMENT_SUBJECT_RE = new RegExp(String.raw`^\s*(?:the|its|their|this|that|a|an)\s+(?:[\w-]+\s+){0,2}${DOCUMENT_NOUN}\b`, 'i');
/** The document heads a relative clause the appeal belongs to: "a resolution that deplored ... and called for". */
const DOCUMENT_RELATIVE_RE = new RegExp(String.raw`${DOCUMENT_NOUN}\s+(?:that|which)\b`, 'gi');
/** What may not stand between that relative and the appeal verb: another clause's speech or a full stop. */
const RELATIVE_BREAK_RE = /\b(?:said|says|told|added)\b|[;:]/i;
/** An issuer named with its document: "X resolution", "X's statement", "X said in a statement". */
const ISSUED_AFTER_RE = new RegExp(String.raw`^(?:['’]s)?\s+(?:(?:said|says)\s+in\s+(?:a|its)\s+(?:\w+\s+)?)?${DOCUMENT_NOUN}`, 'i');
/** How close before the document noun its issuer may be named ("UN Security Council resolution"). */
const ISSUER_REACH = 16;
/** How many sentences back the issuer of "the statement" may have been named. */
const SENTENCES_BACK = 2;

const issuing = (m: PlacedMention) => m.actor.type === 'organization' || m.actor.type === 'country';

/** Where the document noun governing the appeal at `verbStart` is, or -1. */
function documentAt(text: string, sentence: TextSpan, verbStart: number): number {
  const before = text.slice(sentence.start, verbStart);
  const subject = DOCUMENT_SUBJECT_RE.exec(before);
  if (subject) return sentence.start + subject.index + subject[0].length;
  let found = -1;
  DOCUMENT_RELATIVE_RE.lastIndex = 0;
  for (let m = DOCUMENT_RELATIVE_RE.exec(before); m; m = DOCUMENT_RELATIVE_RE.exec(before)) {
    if (!RELATIVE_BREAK_RE.test(before.slice(m.index + m[0].length))) found = sentence.start + m.index;
  }
  return found;
}

/** The issuer of the document that makes the appeal at `verbStart`, when a document makes it. */
export function documentIssuer(
  text: string,
  placed: readonly PlacedMention[],
  sentences: readonly TextSpan[],
  sentence: TextSpan,
  verbStart: number,
): Actor | null {
  const at = documentAt(text, sentence, verbStart);
  if (at < 0) return null;
  const own = mentionsWithin(placed, Math.max(sentence.start, at - ISSUER_REACH - 40), at).filter(issuing);
  const adjacent = own.filter((m) => at - m.end <= ISSUER_REACH && /^[\s\w'’-]*$/.test(text.slice(m.end, at)));
  if (adjacent.length > 0) return adjacent[adjacent.length - 1].actor;
  // "the European Council said in a statement", "a UN Security Council resolution" earlier in the story.
  const issuers = mentionsWithin(placed, 0, sentence.start).filter((m) => issuing(m) && ISSUED_AFTER_RE.test(text.slice(m.end, m.end + 40)));
  if (issuers.length > 0) return issuers[issuers.length - 1].actor;
  const index = sentences.indexOf(sentence);
  const earlier = sentences.slice(Math.max(0, index - SENTENCES_BACK), Math.max(0, index));
  if (earlier.length === 0) return null;
  const named = mentionsWithin(placed, earlier[0].start, sentence.start).filter((m) => m.actor.type === 'organization');
  return named.length > 0 ? named[named.length - 1].actor : null;
}
