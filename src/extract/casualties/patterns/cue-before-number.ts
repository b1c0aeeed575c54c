// "killed 12", "killing at least 23 people", "injuring hundreds", "the dead included three children".
import { cueEndingAt } from '../cues.js';
import type { QuantityPattern } from '../types.js';
import { victimsAfter } from '../words.js';

// "the gunman shot four.": the figure closes the clause
const SHOT_AT_END_RE = /^\s*(?:[.,;:!?]|$)/;

export const cueBeforeNumber: QuantityPattern = {
  name: 'cue-before-number',
  extract(sentence, quantity) {
    const { text, start: base } = sentence;
    const cue = cueEndingAt(text, quantity.start - base);
    if (!cue) return null;
    const people = victimsAfter(text, quantity.end - base);
    if (people === 'not-people') return null;
    // "Woods shot 67": a bare figure after "shot" is a score unless people are named
    if (cue.phrase === 'shot' && !people && !SHOT_AT_END_RE.test(text.slice(quantity.end - base, quantity.end - base + 3))) return null;
    const { count, min, max, qualifier } = quantity;
    return {
      kind: cue.kind,
      quantity: { count, min, max, qualifier },
      victims: people ? sentence.raw.slice(people.start, people.end) : null,
      start: base + cue.start,
      end: people ? base + people.end : quantity.end,
    };
  },
};
