// Calls that did not happen: planned or announced ("will hold talks", "agreed to meet", "a meeting
// ... would take place"), wished for ("ready for talks") or denied ("denied that they had spoken").
import type { TextSpan } from '../../document/types.js';

const MODAL_BEFORE_RE =
  /\b(?:will|would|shall|'ll|to|may|might|could|can|should|must|ready\s+for|possibility\s+of|prospects?\s+(?:of|for)|hopes?\s+(?:of|for)|proposed|requested|sought|pending|resume|resuming|interest\s+in|willing\s+to|open\s+to|plans?|planned|planning|upcoming|next|proposed|possible|potential|future|forthcoming|scheduled|expected|no|not|never|n't)\s+(?:\w+\s+){0,2}$/i;
/** "called for an emergency Security Council meeting": asked for, not held. */
const REQUESTED_BEFORE_RE = /\b(?:called|calls|call|pressed|pushed|appealed|asked)\s+for\s+(?:\S+\s+){0,4}$/i;
/** "convening a special shareholders' meeting": a session of a body, not a meeting between parties. */
const CONVENED_BEFORE_RE = /(?:\b(?:convene|convenes|convened|convening|host|hosts|hosted|hosting|organize|organized|organizing|organise|organised|organising)\s+(?:\S+\s+){0,3}|\w+s['’]\s+)$/i;
/** "left Tuesday for consultations with ...": a trip's purpose, not a meeting held. */
const TRIP_PURPOSE_BEFORE_RE =
  /\b(?:left|leave|leaves|leaving|travel(?:s|ed|led|ing|ling)?|flew|flies|fly|headed|heads|went|going|goes)\s+(?:\S+\s+){0,3}for\s+(?:\S+\s+){0,2}$/i;
/** "would visit Bonn for talks with": a strong future reaches further back than "to". */
const FUTURE_MODAL_BEFORE_RE = /\b(?:will|would|shall|'ll|going\s+to)\s+(?:\S+\s+){0,5}$/i;
const FUTURE_AFTER_RE =
  /^[^.;]{0,80}?\b(?:will|would|is\s+to|are\s+to|is\s+expected\s+to|is\s+scheduled\s+to|is\s+set\s+to)\s+(?:take\s+place|be\s+held|happen)\b/i;
const DENIED_RE = /\b(?:denied|denies|deny|dismissed|rejected)\b/i;
/** "spoke with KVUE in an interview": press interviews are not calls. */
const INTERVIEW_RE = /\binterview(?:s|ed)?\b/i;

export function isUnreal(text: string, sentence: TextSpan, clauseStart: number, trigger: TextSpan): boolean {
  const before = text.slice(Math.max(clauseStart, trigger.start - 60), trigger.start);
  if (MODAL_BEFORE_RE.test(before) || REQUESTED_BEFORE_RE.test(before) || CONVENED_BEFORE_RE.test(before)) return true;
  if (TRIP_PURPOSE_BEFORE_RE.test(before) || FUTURE_MODAL_BEFORE_RE.test(before)) return true;
  if (DENIED_RE.test(text.slice(sentence.start, trigger.start))) return true;
  if (INTERVIEW_RE.test(text.slice(clauseStart, sentence.end))) return true;
  return FUTURE_AFTER_RE.test(text.slice(trigger.end, sentence.end));
}
