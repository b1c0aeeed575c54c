// People driven from their homes, told with a forcing verb before the figure and the flight after it:
// "the fighting forced 200,000 people to flee", "floods drove 3,000 families from their homes".
import type { QuantityPattern } from '../types.js';
import { victimsAfter } from '../words.js';

// "forced tens of thousands of people to flee": the vague figure may be a part of a larger one (rule forced-vague-multitude)
const FORCING_VERB_BEFORE_RE =
  /\b(?:forc(?:e|es|ed|ing)|driv(?:e|es|en|ing)|drove|prompt(?:s|ed|ing)?|caus(?:e|es|ed|ing)|compel(?:s|led|ling)?)\s+(?:(?:tens|hundreds)\s+of\s+)?$/i;
// "... to flee", "... to abandon their homes", "... from their homes", "... into exile"; "forced two clerks to leave the store" is not told
const DRIVEN_OUT_RE = /^\s*(?:to\s+(?:flee|evacuate|abandon\s+their\s+homes|leave\s+their\s+homes)|from\s+their\s+homes|into\s+exile)(?![\w-])/i;

export const forcedToFlee: QuantityPattern = {
  name: 'forced-to-flee',
  extract(sentence, quantity) {
    const { text, raw, start: base } = sentence;
    if (!FORCING_VERB_BEFORE_RE.test(text.slice(Math.max(0, quantity.start - base - 32), quantity.start - base))) return null;
    const people = victimsAfter(text, quantity.end - base);
    if (people === 'not-people') return null;
    const from = people ? people.end : quantity.end - base;
    const driven = DRIVEN_OUT_RE.exec(text.slice(from));
    if (!driven) return null;
    const { count, min, max, qualifier } = quantity;
    return {
      kind: 'displaced',
      quantity: { count, min, max, qualifier },
      victims: people ? raw.slice(people.start, people.end) : null,
      start: quantity.start,
      end: base + from + driven[0].length,
    };
  },
};
