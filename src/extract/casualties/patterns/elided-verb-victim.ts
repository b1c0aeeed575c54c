// "A man was killed and a woman wounded", "a boy was killed and his mother critically injured": after a figure
// told with its verb, one more person and a state whose "was" the first clause serves (rule elided-verb-victim).
import { cueAt } from '../cues.js';
import type { Finding, SentencePattern } from '../types.js';
import { ONE_PERSON_FORM, personInState, stateAt } from './person-in-state.js';

// " and a woman", " and his mother", " and another man": one person right after the figure's cue
const AND_PERSON_RE = new RegExp(`\\s+and\\s+(${ONE_PERSON_FORM})(?![\\w-])`, 'iy');
// "critically injured", "seriously wounded": a manner word may stand before the state
const MANNER_RE = /\s+\w+ly(?=\s)/y;

export const elidedVerbVictim: SentencePattern = {
  name: 'elided-verb-victim',
  extract(sentence, found) {
    const { text, start: base } = sentence;
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
      const cue = stateAt(text, stateFrom);
      const one = cue && personInState(sentence, personStart, personEnd, cue, [...found, ...result]);
      if (one) result.push(one);
    }
    return result;
  },
};
