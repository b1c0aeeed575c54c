// A second group joined to the people a verb counts: "killed three soldiers and a civilian" → 3 and 1,
// "wounding a boy and a dozen others" → 1 and 12.
import { cueAt } from '../cues.js';
import { peopleListAt } from '../list-items.js';
import type { Finding, SentencePattern } from '../types.js';
import { LINK_WORDS, wordAt } from '../words.js';

const AND_RE = /\s*,?\s+and\s+/y;
/** Patterns whose figure comes after its cue, so a group joined after it shares that cue. */
const AFTER_CUE_PATTERNS = new Set(['cue-before-number', 'single-victim']);

export const conjoinedGroup: SentencePattern = {
  name: 'conjoined-group',
  extract(sentence, found) {
    const { text, start: base } = sentence;
    const joined: Finding[] = [];
    for (const f of found) {
      if (!f.rules?.some((r) => AFTER_CUE_PATTERNS.has(r)) || f.victims === null) continue;
      // "A man was killed and a woman said ...": only people told after their cue ("killed a man") share it
      if (!sentence.raw.slice(0, f.end - base).endsWith(f.victims)) continue;
      AND_RE.lastIndex = f.end - base;
      if (!AND_RE.test(text)) continue;
      const [item] = peopleListAt(text, AND_RE.lastIndex);
      if (!item || item.start !== AND_RE.lastIndex) continue;
      // "killed three soldiers and a civilian was hurt": the second group opens a clause of its own
      const next = wordAt(text, item.end);
      if (cueAt(text, item.end) || (next && LINK_WORDS.has(next.lower))) continue;
      joined.push({
        kind: f.kind,
        quantity: { count: item.count, min: null, max: null, qualifier: 'exact' },
        victims: sentence.raw.slice(item.start, item.end),
        start: base + item.start,
        end: base + item.end,
      });
    }
    return joined;
  },
};
