// "Militants are holding 12 aid workers hostage", "gunmen took 30 passengers captive", "seized 40 people as
// hostages": people taken or held as hostages are detained, the figure before the people noun and the
// hostage word after it (rule held-hostage; "are being held hostage" is number-before-cue's).
import type { Finding, QuantityPattern } from '../types.js';
import { isVictimNoun } from '../words.js';

const TAKING_VERB_BEFORE_RE = /\b(?:hold(?:s|ing)?|held|t(?:ake|akes|ook|aken|aking)|seiz(?:e|es|ed|ing)|keep(?:s|ing)?|kept)\s+$/i;
// "aid workers hostage", "foreign nationals as hostages", "people captive"
const PEOPLE_HOSTAGE_AFTER_RE = /^\s+((?:[a-z-]+\s+){0,2}?([a-z]+))\s+(?:as\s+)?(?:hostages?|captives?)(?![\w-])/i;

export const heldHostage: QuantityPattern = {
  name: 'held-hostage',
  extract(sentence, quantity) {
    const { text, raw, start: base } = sentence;
    if (!TAKING_VERB_BEFORE_RE.test(text.slice(Math.max(0, quantity.start - base - 12), quantity.start - base))) return null;
    const after = PEOPLE_HOSTAGE_AFTER_RE.exec(text.slice(quantity.end - base, quantity.end - base + 60));
    if (!after || !isVictimNoun(after[2].toLowerCase())) return null;
    const { count, min, max, qualifier } = quantity;
    const found: Finding = {
      kind: 'detained',
      quantity: { count, min, max, qualifier },
      victims: raw.slice(quantity.end - base, quantity.end - base + after[0].length).trim().replace(/\s+(?:as\s+)?(?:hostages?|captives?)$/i, ''),
      start: quantity.start,
      end: quantity.end + after[0].length,
    };
    return found;
  },
};
