// "charged with three counts of first-degree murder", "faces two counts each of criminal homicide": each count of
// murder is one person killed, as Gun Violence Archive stories tell their toll in court. Attempted murder and
// conspiracy to murder are charges without a death, so they are not read.
import type { Finding, QuantityPattern } from '../types.js';

const COUNTS_OF_MURDER_RE =
  /^\s+(?:felony\s+)?counts?\s+(?:each\s+)?of\s+(?:(?:first|second|third|1st|2nd|3rd)[- ]degree\s+|capital\s+|criminal\s+|felony\s+|aggravated\s+|premeditated\s+|willful\s+|wilful\s+)*(?:murder|homicide)(?![\w-])/i;

export const murderCounts: QuantityPattern = {
  name: 'murder-counts',
  extract(sentence, quantity) {
    const { text, start: base } = sentence;
    const counts = COUNTS_OF_MURDER_RE.exec(text.slice(quantity.end - base, quantity.end - base + 80));
    if (!counts || quantity.count === null) return null;
    const { count, min, max, qualifier } = quantity;
    return { kind: 'killed', quantity: { count, min, max, qualifier }, victims: null, start: quantity.start, end: quantity.end + counts[0].length };
  },
};

/**
 * Charges tell the toll only where the story states none (refiner charges-without-toll): beside a
 * stated toll, one defendant's "one count of murder" is his share of it, not a figure of its own.
 */
export function chargesWithoutToll(findings: Finding[]): Finding[] {
  const fromCharge = (f: Finding): boolean => f.rules?.[0] === murderCounts.name;
  return findings.some((f) => f.kind === 'killed' && !fromCharge(f)) ? findings.filter((f) => !fromCharge(f)) : findings;
}
