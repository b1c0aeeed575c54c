// "killed his two children and himself" (3), "shot and killed his wife and then himself" (2): the killer who
// takes his own life after the victims is one more dead.
import { SINGULAR_VICTIM_NOUNS } from '../words.js';
import type { Finding, SentencePattern } from '../types.js';

const KILLED_OBJECT_SELF_RE =
  /\b(?:killed|killing|kills|shot\s+and\s+killed|shooting\s+and\s+killing|fatally\s+shot|shot\s+dead|murdered)\s+([^.;:!?]{1,60}?)\s*,?\s+(?:and\s+|then\s+|before\s+)(?:then\s+)?(?:(?:turned|turning)\s+the\s+gun\s+on\s+)?(?:himself|herself)(?![\w-])/g;
// "his wife", "a 4-year-old girl", "the little boy": one person
const ONE_PERSON_RE = new RegExp(`^(?:his|her|their|a|an|the)\\s+(?:[\\w§’'-]+\\s+){0,2}?(?:${SINGULAR_VICTIM_NOUNS.join('|')})$`, 'i');

export const victimsAndSelf: SentencePattern = {
  name: 'victims-and-self',
  extract(sentence, found) {
    const { text, start: base } = sentence;
    const joined: Finding[] = [];
    KILLED_OBJECT_SELF_RE.lastIndex = 0;
    for (let m = KILLED_OBJECT_SELF_RE.exec(text); m; m = KILLED_OBJECT_SELF_RE.exec(text)) {
      const objectStart = base + m.index + m[0].indexOf(m[1]);
      const objectEnd = objectStart + m[1].length;
      const victims = found.filter((f) => f.kind === 'killed' && f.start >= base + m.index && f.end <= objectEnd && f.quantity.count !== null);
      const counted = victims.length === 1 ? victims[0].quantity.count : ONE_PERSON_RE.test(m[1]) ? 1 : null;
      if (counted === null) continue;
      joined.push({
        kind: 'killed',
        quantity: { count: counted + 1, min: null, max: null, qualifier: 'exact' },
        victims: null,
        start: objectStart,
        end: base + m.index + m[0].length,
      });
    }
    return joined;
  },
};
