// "12 people were killed", "three others wounded", "1,300 deaths", "Six people, including a child, were killed".
import { cueAt } from '../cues.js';
import type { Finding, QuantityPattern } from '../types.js';
import { isNonPersonNoun, isVictimNoun, LINK_WORDS, objectFollows, STOP_WORDS, wordAt } from '../words.js';

const MAX_WORDS = 7;
const MAX_MODIFIERS = 2;
// ", including a child,", ", Jane Doe," or a masked age between the people and the cue
const ASIDE_RE = /\s*,\s*(?:(?:including|among them|both|all)\b|[A-Z§])[^,.;]{0,60},/y;
const OF_GROUP_RE = /\s+of\s+(?:the|those|them|these|whom)\b/iy;
// "he and three others were shot": the person named first is one of them
const HE_AND_RE = /\b(?:he|she)\s+and\s+$/i;
// cues that read as nouns or adjectives, never as a verb taking an object
// "shot at him": fired on, not hit
const SHOT_AT_RE = /^\s+at\s+(?:him|her|them|us|me|police|officers|deputies)\b/i;
const NOMINAL_CUES = new Set(['bodies', 'casualties', 'dead', 'deaths', 'fatalities', 'fatally', 'homeless', 'homicides', 'injuries', 'killings', 'missing', 'murders']);

export const numberBeforeCue: QuantityPattern = {
  name: 'number-before-cue',
  extract(sentence, quantity) {
    const { text, start: base } = sentence;
    let pos = quantity.end - base;
    let victimsStart = -1;
    let victimsEnd = -1;
    let modifiers = 0;
    let linked = false;
    // "12 was shot": a singular verb after a figure above one means the figure is not a count (an age, a time)
    let wasSingular = false;
    for (let i = 0; i < MAX_WORDS; i++) {
      const cue = cueAt(text, pos);
      if (cue) {
        const nominal = NOMINAL_CUES.has(cue.phrase);
        if (!nominal && !linked && objectFollows(text, cue.end)) return null;
        if (cue.phrase === 'shot' && SHOT_AT_RE.test(text.slice(cue.end, cue.end + 16))) return null;
        if (wasSingular && quantity.count !== null && quantity.count > 1) return null;
        return finding(sentence, quantity, cue.kind, cue.end, victimsStart < 0 ? null : text.slice(victimsStart, victimsEnd));
      }
      ASIDE_RE.lastIndex = pos;
      if (ASIDE_RE.test(text)) {
        pos = ASIDE_RE.lastIndex;
        continue;
      }
      OF_GROUP_RE.lastIndex = pos;
      if (i === 0 && OF_GROUP_RE.test(text)) {
        pos = OF_GROUP_RE.lastIndex;
        continue;
      }
      const w = wordAt(text, pos);
      if (!w) return null;
      if (isNonPersonNoun(w.lower)) return null;
      if (isVictimNoun(w.lower) && !linked) {
        if (victimsStart < 0) victimsStart = w.start;
        victimsEnd = w.end;
      } else if (LINK_WORDS.has(w.lower)) {
        linked = true;
        if (w.lower === 'was') wasSingular = true;
      } else if (linked || STOP_WORDS.has(w.lower) || ++modifiers > MAX_MODIFIERS) {
        return null;
      } else {
        if (victimsStart < 0) victimsStart = w.start;
        victimsEnd = w.end;
      }
      pos = w.end;
    }
    return null;
  },
};

function finding(
  sentence: { text: string; start: number },
  quantity: Parameters<QuantityPattern['extract']>[1],
  kind: Finding['kind'],
  cueEnd: number,
  victims: string | null,
): Finding {
  const { count, min, max, qualifier } = quantity;
  const before = sentence.text.slice(Math.max(0, quantity.start - sentence.start - 12), quantity.start - sentence.start);
  const plusOne = count !== null && victims === 'others' && HE_AND_RE.test(before) ? 1 : 0;
  return {
    kind,
    quantity: {
      count: count === null ? null : count + plusOne,
      min: min === null ? null : min + plusOne,
      max: max === null ? null : max + plusOne,
      qualifier,
    },
    victims,
    start: quantity.start,
    end: sentence.start + cueEnd,
  };
}
