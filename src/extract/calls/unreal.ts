// Calls that did not happen: planned or announced ("will hold talks", "agreed to meet", "a meeting
// ... would take place"), wished for ("ready for talks") or denied ("denied that they had spoken").
const MODAL_BEFORE_RE =
  /\b(?:will|would|shall|'ll|to|may|might|could|can|should|must|ready\s+for|(?:called|calls|call|pressed|pushed)\s+for|proposed|requested|sought|open\s+to|plans?|planned|planning|upcoming|next|proposed|possible|potential|future|forthcoming|scheduled|expected|no|not|never|n't)\s+(?:\w+\s+){0,2}$/i;
const FUTURE_AFTER_RE =
  /^[^.;]{0,80}?\b(?:will|would|is\s+to|are\s+to|is\s+expected\s+to|is\s+scheduled\s+to|is\s+set\s+to)\s+(?:take\s+place|be\s+held|happen)\b/i;
const DENIED_RE = /\b(?:denied|denies|deny|dismissed|rejected)\b/i;

export function isUnreal(text: string, clauseStart: number, triggerStart: number, triggerEnd: number, sentenceEnd: number): boolean {
  const before = text.slice(Math.max(clauseStart, triggerStart - 40), triggerStart);
  if (MODAL_BEFORE_RE.test(before)) return true;
  if (DENIED_RE.test(text.slice(clauseStart, triggerStart))) return true;
  return FUTURE_AFTER_RE.test(text.slice(triggerEnd, sentenceEnd));
}
