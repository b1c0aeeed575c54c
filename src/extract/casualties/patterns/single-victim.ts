// One person written with an article: "a 22-year-old man was killed", "another worker was injured",
// "gunmen shot dead a police officer".
import { cueAt, cueEndingAt } from '../cues.js';
import type { Finding, SentencePattern } from '../types.js';
import { SINGULAR_VICTIM_NOUNS } from '../words.js';

const SINGULAR = SINGULAR_VICTIM_NOUNS.join('|');

const ONE_PERSON_RE = new RegExp(
  `(?<![\\w-])(?:[Aa]n?|[Aa]nother)\\s+(?:[\\w§’'-]+\\s+){0,2}?(?:${SINGULAR})\\s+(?:was|has\\s+been|had\\s+been)(?:\\s+(?:also|later|reportedly))?(?=\\s)`,
  'g',
);

const ONE_OBJECT_RE = new RegExp(`(?<![\\w-])(?:an?|another)\\s+(?:[\\w§’'-]+\\s+){0,2}?(?:${SINGULAR})(?![\\w-])`, 'gi');

// "a third died", "a second body was found": one more, counted by its place in a series
const NEXT_ONE_RE = /(?<![\w-])[Aa]\s+(?:second|third|fourth|fifth|sixth)(?:\s+(?:person|victim|body|man|woman))?(?:\s+(?:was|has\s+been|had\s+been))?(?=\s)/g;

export const singleVictim: SentencePattern = {
  name: 'single-victim',
  extract(sentence) {
    const { text, raw, start: base } = sentence;
    const found: Finding[] = [];
    ONE_PERSON_RE.lastIndex = 0;
    for (let m = ONE_PERSON_RE.exec(text); m; m = ONE_PERSON_RE.exec(text)) {
      const cue = cueAt(text, m.index + m[0].length);
      if (!cue) continue;
      const victims = raw.slice(m.index, m.index + m[0].length).replace(/\s+(?:was|has\s+been|had\s+been)(?:\s+\w+)?$/, '');
      found.push(one(cue.kind, victims, base + m.index, base + cue.end, /^another\b/i.test(m[0])));
    }
    NEXT_ONE_RE.lastIndex = 0;
    for (let m = NEXT_ONE_RE.exec(text); m; m = NEXT_ONE_RE.exec(text)) {
      const cue = cueAt(text, m.index + m[0].length);
      if (cue) found.push(one(cue.kind, null, base + m.index, base + cue.end, true));
    }
    ONE_OBJECT_RE.lastIndex = 0;
    for (let m = ONE_OBJECT_RE.exec(text); m; m = ONE_OBJECT_RE.exec(text)) {
      const cue = cueEndingAt(text, m.index);
      // "shot a man" often ends in his death, told later: only the plainer verbs count him here
      if (!cue || cue.phrase === 'shot') continue;
      const end = m.index + m[0].length;
      found.push(one(cue.kind, raw.slice(m.index, end), base + cue.start, base + end, false));
    }
    return found;
  },
};

function one(kind: Finding['kind'], victims: string | null, start: number, end: number, additional: boolean): Finding {
  return { kind, quantity: { count: 1, min: null, max: null, qualifier: 'exact' }, victims, additional, start, end };
}
