// The parts of a figure listed after a colon or a dash that closes its clause: "14 people were killed in the
// attack: nine civilians and five police officers" → 14, 9 and 5. The parts must add up to the whole, so a
// list of something else after the colon ("killed 12: the army said ...") is not read as parts.
import { peopleListAt } from '../list-items.js';
import { partOfKind } from './breakdown.js';
import type { Finding, SentencePattern } from '../types.js';

/** How far after the whole its colon may stand ("were killed in the attack on the market:"). */
const MAX_GAP = 60;
// the clause after the whole runs to a colon or a dash, with no other figure or clause break in it
const TO_COLON_RE = /^[^,;:.()\d§–—]*?(?::|\s[–—]|\s-)\s+/;

export const colonBreakdown: SentencePattern = {
  name: 'colon-breakdown',
  extract(sentence, found) {
    const { text, start: base } = sentence;
    const parts: Finding[] = [];
    for (const whole of found) {
      if (whole.name || whole.quantity.count === null || whole.quantity.qualifier !== 'exact') continue;
      const after = whole.end - base;
      const colon = TO_COLON_RE.exec(text.slice(after, after + MAX_GAP));
      if (!colon) continue;
      const items = peopleListAt(text, after + colon[0].length);
      if (items.length < 2 || items.reduce((sum, item) => sum + item.count, 0) !== whole.quantity.count) continue;
      for (const item of items) {
        if (found.some((f) => f.start === base + item.start)) continue;
        parts.push(partOfKind(sentence, whole.kind, item));
      }
    }
    return parts;
  },
};
