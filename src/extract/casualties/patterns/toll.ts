// "the death toll rose to 57", "put the death toll at seven", "the toll climbed from 12 to 15".
import { tollBefore } from '../cues.js';
import type { QuantityPattern } from '../types.js';
import { victimsAfter } from '../words.js';

export const tollFigure: QuantityPattern = {
  name: 'toll',
  extract(sentence, quantity) {
    const { text, start: base } = sentence;
    const toll = tollBefore(text, quantity.start - base);
    if (!toll) return null;
    const people = victimsAfter(text, quantity.end - base);
    if (people === 'not-people') return null;
    const { count, min, max, qualifier } = quantity;
    return {
      kind: toll.kind,
      quantity: { count, min, max, qualifier },
      victims: people ? sentence.raw.slice(people.start, people.end) : null,
      start: base + toll.start,
      end: people ? base + people.end : quantity.end,
    };
  },
};
