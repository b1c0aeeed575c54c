// "killed 12", "killing at least 23 people", "injuring hundreds", "the dead included three children".
import { cueEndingAt } from '../cues.js';
import type { QuantityPattern } from '../types.js';
import { INCIDENT_NOUNS } from '../incidents/words.js';
import { figureAfterCue } from '../words.js';

const NEEDS_PEOPLE = new Set(['shot', 'captured', 'capturing']);
// "the gunman shot four.": the figure closes the clause
const SHOT_AT_END_RE = /^\s*(?:[.,;:!?]|$)/;

/**
 * "The price rise hurt 3 million households": "hurt" before a figure is no injury in a sentence
 * about money, unless it also tells of violence, a disaster or harm to bodies.
 */
const FIGURATIVE_CUES = new Set(['hurt', 'hurting']);
const MONEY_RE = /\b(?:prices?|tariffs?|inflation|econom\w*|sales|profits?|earnings|markets?|costs?|tax\w*|rates?|shares|stocks?|budget\w*|spending|cuts|sanctions|wages?|debt|jobs?|recession|exports?|imports?)\b/i;
const HARM_RE = new RegExp(
  `\\b(?:${INCIDENT_NOUNS.join('|')}|bomb\\w*|fire|blaze|quake|earthquake|storm|tornado|cyclone|typhoon|hurricane|collapse\\w*|stampede|riot\\w*|violence|gun\\w*|shot|stabb\\w*|kill\\w*|dead|died|injur\\w*|wound\\w*|hospital\\w*)\\b`,
  'i',
);
const isFigurative = (cue: string, text: string) => FIGURATIVE_CUES.has(cue) && MONEY_RE.test(text) && !HARM_RE.test(text);

// "the storm could kill hundreds", "threatened to kill 20 hostages", "could have killed dozens": a cue after a modal or a threat is what
// may happen, not what did (rule hypothetical-harm); "went on to kill three" stays
const BASE_FORM_CUES = new Set(['hurt', 'injure', 'kill', 'wound']);
// "tried to kill two officers", "attempting to kill a fifth": an attempt, not harm done
const HYPOTHETICAL_BEFORE_RE = /\b(?:can|could|may|might|will|would|(?:threaten(?:s|ed|ing)?|vow(?:s|ed)?|plann?(?:s|ed|ing)|plotted|plotting|intend(?:s|ed)?|tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?)\s+to)\s+(?:(?:potentially|possibly|easily|also)\s+)?$/i;
// "the attacker could have killed dozens": what did not happen
const COUNTERFACTUAL_BEFORE_RE = /\b(?:could|would)\s+(?:easily\s+)?have\s+$/i;
export const isHypothetical = (cue: { phrase: string; start: number }, text: string) => {
  const before = text.slice(Math.max(0, cue.start - 40), cue.start);
  return BASE_FORM_CUES.has(cue.phrase) ? HYPOTHETICAL_BEFORE_RE.test(before) : COUNTERFACTUAL_BEFORE_RE.test(before);
};

export const cueBeforeNumber: QuantityPattern = {
  name: 'cue-before-number',
  extract(sentence, quantity) {
    const { text, start: base } = sentence;
    const cue = cueEndingAt(text, quantity.start - base);
    if (!cue || isFigurative(cue.phrase, text) || isHypothetical(cue, text)) return null;
    const found = figureAfterCue(sentence, quantity, cue.kind, cue.start);
    // "Woods shot 67", "Ilott captured two as ...": a bare figure after "shot" or "captured" is a score or a catch unless
    // people are named (rule captured-needs-people)
    if (found && NEEDS_PEOPLE.has(cue.phrase) && found.victims === null && !SHOT_AT_END_RE.test(text.slice(quantity.end - base, quantity.end - base + 3))) return null;
    return found;
  },
};
