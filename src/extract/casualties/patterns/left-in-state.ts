// "The shooting left a man dead", "left one person dead and a teenager in critical condition", "police found a woman
// wounded": one person the verb leaves or finds in a state of harm, told with no figure (rule left-in-state).
import type { Finding, SentencePattern } from '../types.js';
import { ONE_PERSON_FORM, personInState, stateAt } from './person-in-state.js';

const VERB_RE = /(?<![\w-])(?:left|leaving|leaves|leave|found|finding)(?![\w-])/g;
/** How far the verb's list of people and states may run. */
const MAX_LIST = 120;
// where an item of the list starts: right after the verb, or after "and" or a comma
const ITEM_START_RE = /^|\s+and\s+|,\s+/g;
const PERSON_RE = new RegExp(`\\s*(${ONE_PERSON_FORM})(?![\\w-])`, 'y');

export const leftInState: SentencePattern = {
  name: 'left-in-state',
  extract(sentence, found) {
    const { text } = sentence;
    const result: Finding[] = [];
    VERB_RE.lastIndex = 0;
    for (let verb = VERB_RE.exec(text); verb; verb = VERB_RE.exec(text)) {
      const from = verb.index + verb[0].length;
      const list = text.slice(from, from + MAX_LIST).split(/[.;:!?]/)[0];
      ITEM_START_RE.lastIndex = 0;
      for (let item = ITEM_START_RE.exec(list); item; item = ITEM_START_RE.exec(list)) {
        if (item[0] === '') ITEM_START_RE.lastIndex++;
        PERSON_RE.lastIndex = from + item.index + item[0].length;
        const person = PERSON_RE.exec(text);
        if (!person) continue;
        const end = PERSON_RE.lastIndex;
        const personStart = end - person[1].length;
        const cue = stateAt(text, end);
        // police who "found a man with gunshot wounds" often found him dying: only "left" tells that he lived
        if (!cue || (/^f/.test(verb[0]) && /^with\b/.test(cue.phrase))) continue;
        const one = personInState(sentence, personStart, end, cue, [...found, ...result]);
        if (one) result.push(one);
      }
    }
    return result;
  },
};
