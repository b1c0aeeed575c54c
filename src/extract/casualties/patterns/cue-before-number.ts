// "killed 12", "killing at least 23 people", "injuring hundreds", "the dead included three children".
import { cueEndingAt } from '../cues.js';
import type { QuantityPattern } from '../types.js';
import { figureAfterCue } from '../words.js';

// "the gunman shot four.": the figure closes the clause
const SHOT_AT_END_RE = /^\s*(?:[.,;:!?]|$)/;

export const cueBeforeNumber: QuantityPattern = {
  name: 'cue-before-number',
  extract(sentence, quantity) {
    const { text, start: base } = sentence;
    const cue = cueEndingAt(text, quantity.start - base);
    if (!cue) return null;
    const found = figureAfterCue(sentence, quantity, cue.kind, cue.start);
    // "Woods shot 67": a bare figure after "shot" is a score unless people are named
    if (found && cue.phrase === 'shot' && found.victims === null && !SHOT_AT_END_RE.test(text.slice(quantity.end - base, quantity.end - base + 3))) return null;
    return found;
  },
};
