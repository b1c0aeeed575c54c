// "the death toll rose to 57", "put the death toll at seven", "the toll climbed from 12 to 15";
// headlines' "toll tops 300" (at least 300) and "toll nears 100" (about 100): rule toll-bound.
import { tollBefore } from '../cues.js';
import type { Finding, QuantityPattern } from '../types.js';
import { figureAfterCue } from '../words.js';

export const tollFigure: QuantityPattern = {
  name: 'toll',
  extract(sentence, quantity) {
    const { text, start: base } = sentence;
    const toll = tollBefore(text, quantity.start - base);
    if (!toll) return null;
    const found = figureAfterCue(sentence, quantity, toll.kind, toll.start);
    return found && toll.bound && found.quantity.qualifier === 'exact' && found.quantity.count !== null ? bounded(found, toll.bound) : found;
  },
};

function bounded(found: Finding, bound: 'past' | 'near'): Finding {
  const count = found.quantity.count;
  const quantity = bound === 'past' ? { count, min: count, max: null, qualifier: 'at-least' as const } : { count, min: null, max: count, qualifier: 'approximate' as const };
  return { ...found, quantity, rules: ['toll-bound'] };
}
