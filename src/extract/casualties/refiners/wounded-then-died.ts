// "A man was shot on Elm Street. He later died at a hospital": the one person told wounded and then told dead
// in a sentence of its own (rule lone-death) is one death, not a death and a wound (refiner wounded-then-died).
// Gun Violence Archive counts such a victim killed only; the casualties README's "shot, one fatally" is the same reading.
import type { Finding } from '../types.js';

/** How far before the death the wound may be told: the sentence before or the one before that. */
const MAX_GAP = 400;
// the wound was a harm the person could die of, not "treated for smoke inhalation"
const HARM_RE = /\b(?:shot|stabbed|wounded|struck|hit|beaten|injured|critical)\b/i;
const MALE_RE = /\b(?:man|boy|father|son|husband|brother|he)\b/i;
const FEMALE_RE = /\b(?:woman|girl|mother|daughter|wife|sister|she)\b/i;

/** The sex a pronoun or noun tells, if any: a "she" who died is not the man who was shot. */
function sexOf(words: string): 'm' | 'f' | null {
  return MALE_RE.test(words) ? 'm' : FEMALE_RE.test(words) ? 'f' : null;
}

export function woundedThenDied(findings: readonly Finding[], text: string): Finding[] {
  const dropped = new Set<Finding>();
  for (const death of findings) {
    if (death.rules?.[0] !== 'lone-death') continue;
    const wounds = findings.filter((f) => f.kind === 'injured' && f.end <= death.start);
    const wound = wounds.at(-1);
    // the one wounded person told last, with no larger group of wounded that "he" might be one of
    if (!wound || wounds.some((f) => f.quantity.count !== 1) || wound.quantity.count !== 1 || wound.quantity.qualifier !== 'exact') continue;
    if (death.start - wound.end > MAX_GAP || !HARM_RE.test(text.slice(wound.start, wound.end))) continue;
    const woundSex = sexOf(text.slice(wound.start, wound.end));
    const deathSex = sexOf(text.slice(death.start, death.end));
    if (woundSex && deathSex && woundSex !== deathSex) continue;
    dropped.add(wound);
  }
  return findings.filter((f) => !dropped.has(f));
}
