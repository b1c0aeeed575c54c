// "killed 12", "killing at least 23 people", "injuring hundreds", "the dead included three children".
import { cueEndingAt } from '../cues.js';
import type { QuantityPattern } from '../types.js';
import { victimsAfter } from '../words.js';

export const cueBeforeNumber: QuantityPattern = {
  name: 'cue-before-number',
  extract(sentence, quantity) {
    const { text, start: base } = sentence;
    const cue = cueEndingAt(text, quantity.start - base);
    if (!cue) return null;
    const people = victimsAfter(text, quantity.end - base);
    if (people === 'not-people') return null;
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
