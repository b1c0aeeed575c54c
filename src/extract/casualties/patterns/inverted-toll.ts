// The figure before the total it sets: "raised to 17 the number of people killed", "brought to 20 the number of
// people shot this week", "rose to nine, at least, the number of those who died".
import { cueAt } from '../cues.js';
import type { QuantityPattern } from '../types.js';
import { isVictimNoun, wordAt } from '../words.js';

const RISE_TO_BEFORE_RE = /\b(?:rais(?:e|es|ed|ing)|br(?:ought|ings?|inging)|r(?:ose|isen|ises?|ising)|increas(?:e|es|ed|ing)|climb(?:s|ed|ing)?|push(?:es|ed|ing)?|t(?:ook|akes?|aking))\s+to\s+$/i;
// ", at least, the number of", " the total number of", then the people and the link words before the cue
const NUMBER_OF_RE = /\s*,?\s*(?:at\s+least\s*,?\s*)?the\s+(?:total\s+)?number\s+of\s+/iy;
const LINK_RE = /\s*(?:who|that)?\s*(?:were|have\s+been|had\s+been|was|has\s+been)?(?=\s)/y;

export const invertedToll: QuantityPattern = {
  name: 'inverted-toll',
  extract(sentence, quantity) {
    const { text, start: base } = sentence;
    if (!RISE_TO_BEFORE_RE.test(text.slice(Math.max(0, quantity.start - base - 24), quantity.start - base))) return null;
    NUMBER_OF_RE.lastIndex = quantity.end - base;
    const numberOf = NUMBER_OF_RE.exec(text);
    if (!numberOf) return null;
    let pos = NUMBER_OF_RE.lastIndex;
    const people = wordAt(text, pos);
    // "the number of people killed", "the number of those who died"
    if (people && (isVictimNoun(people.lower) || people.lower === 'those')) pos = people.end;
    LINK_RE.lastIndex = pos;
    if (LINK_RE.exec(text)) pos = LINK_RE.lastIndex;
    const cue = cueAt(text, pos) ?? (people && !isVictimNoun(people.lower) ? cueAt(text, NUMBER_OF_RE.lastIndex) : null);
    if (!cue) return null;
    // "rose to 9, at least, the number of ...": the hedge may follow the figure
    const atLeast = /at\s+least/i.test(numberOf[0]);
    const { count, min, max, qualifier } = quantity;
    return {
      kind: cue.kind,
      quantity: atLeast ? { count, min: count, max: null, qualifier: 'at-least' } : { count, min, max, qualifier },
      victims: people && isVictimNoun(people.lower) ? sentence.raw.slice(people.start, people.end) : null,
      start: quantity.start,
      end: base + cue.end,
    };
  },
};
