// "the death toll rose to 57", "put the death toll at seven", "the toll climbed from 12 to 15".
import { tollBefore } from '../cues.js';
import type { QuantityPattern } from '../types.js';
import { figureAfterCue } from '../words.js';

export const tollFigure: QuantityPattern = {
  name: 'toll',
  extract(sentence, quantity) {
    const { text, start: base } = sentence;
    const toll = tollBefore(text, quantity.start - base);
    if (!toll) return null;
    return figureAfterCue(sentence, quantity, toll.kind, toll.start);
  },
};
