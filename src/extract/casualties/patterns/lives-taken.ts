// "the shooting claimed one man's life", "he took three men's lives", "a crash that cost two lives": a figure
// of lives taken, with the people it counts in the possessive.
import type { Finding, QuantityPattern } from '../types.js';
import { isVictimNoun } from '../words.js';

const TAKING_VERB_BEFORE_RE = /\b(?:claim(?:s|ed|ing)?|t(?:ake|akes|ook|aken|aking)|cost(?:s|ing)?)\s+(?:the\s+)?$/i;
// "one man's life", "three young women's lives", "two lives"
const LIVES_AFTER_RE = /^\s+(?:(?:[a-z-]+\s+)?([a-z]+)[’']s?\s+)?li(?:fe|ves)(?![\w-])/i;

export const livesTaken: QuantityPattern = {
  name: 'lives-taken',
  extract(sentence, quantity) {
    const { text, raw, start: base } = sentence;
    if (!TAKING_VERB_BEFORE_RE.test(text.slice(Math.max(0, quantity.start - base - 16), quantity.start - base))) return null;
    const lives = LIVES_AFTER_RE.exec(text.slice(quantity.end - base, quantity.end - base + 40));
    if (!lives || (lives[1] && !isVictimNoun(lives[1].toLowerCase()))) return null;
    const end = quantity.end + lives[0].length;
    const { count, min, max, qualifier } = quantity;
    const found: Finding = {
      kind: 'killed',
      quantity: { count, min, max, qualifier },
      victims: lives[1] ? raw.slice(quantity.end - base, end - base).replace(/[’']s?\s+li(?:fe|ves)$/i, '').trim() : null,
      start: quantity.start,
      end,
    };
    return found;
  },
};
