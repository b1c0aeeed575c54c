// The CAMEO consult code of a call (040-046): the trigger frame gives a default ("negotiations"
// 046, "summit" 044, "visited" 042), and named refiners read the clause for what the frame
// leaves open: how it was held (041), who hosted (043), who travelled (042), a summit's
// sidelines (044), a mediator (045). The first refiner that applies wins.
import type { Cameo, Medium } from '../../schema.js';

export interface CameoRefiner {
  id: string;
  /** Tried on the call's clause, from its opener to the sentence end. */
  pattern: RegExp;
  /** The code the match gives, or null when it does not apply. */
  extract(match: RegExpExecArray, medium: Medium): Cameo | null;
}

export const CAMEO_REFINERS: readonly CameoRefiner[] = [
  // A phone or video call is 041 whatever else the clause says ("called during the summit").
  { id: 'cameo-remote', pattern: /^/, extract: (_m, medium) => (medium === 'phone' || medium === 'video' ? '041' : null) },
  { id: 'cameo-mediate', pattern: /\b(?:mediat(?:e|ed|es|ing|ion|or|ors)|brokered|brokering)\b/i, extract: () => '045' },
  {
    id: 'cameo-sidelines',
    pattern: /\b(?:on|at)\s+the\s+(?:\S+\s+){0,2}(?:sidelines?|margins?)\s+of\b/i,
    extract: () => '044',
  },
  {
    id: 'cameo-host',
    pattern: /\b(?:hosted|hosts|hosting|received|receives|receiving|welcomed|welcomes|welcoming)\s+(?:the\s+)?(?:visiting\s+)?(?:[A-Z]|(?:him|her|them)\b)/,
    extract: () => '043',
  },
  {
    id: 'cameo-visit',
    pattern: /\b(?:on\s+(?:a|an|his|her|their)\s+(?:\S+\s+){0,2}(?:visit|trip|tour)|during\s+(?:a|an|his|her|their)\s+(?:\S+\s+){0,2}(?:visit|trip|tour)|visiting|arrived\s+in)\b/i,
    extract: () => '042',
  },
  {
    id: 'cameo-negotiate',
    pattern: /\b(?:negotiat(?:e|ed|es|ing|ion|ions|ors)|round\s+of\s+talks)\b/i,
    extract: () => '046',
  },
];

/** The code and the id of the refiner that set it (null when the frame's default stands). */
export function cameoOf(clause: string, medium: Medium, frameCameo: Cameo): { cameo: Cameo; rule: string | null } {
  for (const refiner of CAMEO_REFINERS) {
    const match = refiner.pattern.exec(clause);
    const cameo = match ? refiner.extract(match, medium) : null;
    if (cameo) return { cameo, rule: refiner.id };
  }
  return { cameo: frameCameo, rule: null };
}
