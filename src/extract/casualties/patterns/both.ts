// "both were fatally shot", "both men died", "both of them were taken to hospital": two people.
import { cueAt } from '../cues.js';
import type { Finding, SentencePattern } from '../types.js';
import { isVictimNoun, wordAt } from '../words.js';

const BOTH_RE = /(?<![\w-])[Bb]oth(?:\s+of\s+them)?(?=\s)/g;
const NOMINAL_CUE_RE = /^(?:murders?|deaths?|homicides?|killings|lives|bodies|casualties|fatalit(?:y|ies)|critical)$/;
const LINK_RE = /\s+(?:were|are|have\s+been|had\s+been|later)(?=\s)/y;

export const both: SentencePattern = {
  name: 'both',
  extract(sentence) {
    const { text, raw, start: base } = sentence;
    const found: Finding[] = [];
    BOTH_RE.lastIndex = 0;
    for (let m = BOTH_RE.exec(text); m; m = BOTH_RE.exec(text)) {
      let pos = m.index + m[0].length;
      const noun = wordAt(text, pos);
      // "both men", "both victims"; "both sides" and "both countries" are not people
      const people = noun && isVictimNoun(noun.lower) ? noun : null;
      if (people) pos = people.end;
      LINK_RE.lastIndex = pos;
      if (LINK_RE.test(text)) pos = LINK_RE.lastIndex;
      const cue = cueAt(text, pos);
      // "both fled" is told of suspects; "both murder charges" names no one hurt
      if (!cue || (cue.kind !== 'killed' && cue.kind !== 'injured') || NOMINAL_CUE_RE.test(cue.phrase)) continue;
      found.push({
        kind: cue.kind,
        quantity: { count: 2, min: null, max: null, qualifier: 'exact' },
        victims: people ? raw.slice(people.start, people.end) : null,
        start: base + m.index,
        end: base + cue.end,
      });
    }
    return found;
  },
};
