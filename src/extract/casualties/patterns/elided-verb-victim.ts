// "A man was killed and a woman wounded", "a boy was killed and his mother critically injured": after a figure
// told with its verb, one more person and a state whose "was" the first clause serves (rule elided-verb-victim).
import { cueAt } from '../cues.js';
import type { Finding, SentencePattern } from '../types.js';
import { MODIFIER, SINGULAR } from './single-victim.js';

// " and a woman", " and his mother", " and another man": one person right after the figure's cue
const AND_PERSON_RE = new RegExp(`\\s+and\\s+((?:an?|another|his|her|their)\\s+(?:${MODIFIER}){0,3}(?:${SINGULAR}))(?![\\w-])`, 'iy');
// "critically injured", "seriously wounded": a manner word may stand before the state
const MANNER_RE = /\s+\w+ly(?=\s)/y;

export const elidedVerbVictim: SentencePattern = {
  name: 'elided-verb-victim',
  extract(sentence, found) {
    const { text, raw, start: base } = sentence;
    const result: Finding[] = [];
    for (const figure of found) {
      AND_PERSON_RE.lastIndex = figure.end - base;
      const person = AND_PERSON_RE.exec(text);
      if (!person) continue;
      const personEnd = AND_PERSON_RE.lastIndex;
      const personStart = personEnd - person[1].length;
      // the state straight after the person, or after a manner word: "a woman wounded", "his mother critically injured"
      MANNER_RE.lastIndex = personEnd;
      const stateFrom = cueAt(text, personEnd) === null && MANNER_RE.test(text) ? MANNER_RE.lastIndex : personEnd;
      const cue = cueAt(text, stateFrom);
      if (!cue || text.slice(stateFrom, cue.start).trim() !== '') continue;
      if ([...found, ...result].some((f) => f.start < base + cue.end && base + personStart < f.end)) continue;
      result.push({ kind: cue.kind, quantity: { count: 1, min: null, max: null, qualifier: 'exact' }, victims: raw.slice(personStart, personEnd), start: base + personStart, end: base + cue.end });
    }
    return result;
  },
};
