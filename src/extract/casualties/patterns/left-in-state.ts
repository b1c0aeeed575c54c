// "The shooting left a man dead", "left one person dead and a teenager in critical condition", "police found a woman
// wounded": one person the verb leaves or finds in a state of harm, told with no figure (rule left-in-state).
import { cueAt } from '../cues.js';
import type { Finding, SentencePattern } from '../types.js';
import { MODIFIER, SINGULAR } from './single-victim.js';

const VERB_RE = /(?<![\w-])(?:left|leaving|leaves|leave|found|finding)(?![\w-])/g;
/** How far the verb's list of people and states may run. */
const MAX_LIST = 120;
// where an item of the list starts: right after the verb, or after "and" or a comma
const ITEM_START_RE = /^|\s+and\s+|,\s+/g;
// "a man", "another teen", "her grandmother"; the longest, so "an elderly driver" is not read as "an elderly" (a noun too)
const PERSON_RE = new RegExp(`\\s*((?:an?|another|his|her|their)\\s+(?:${MODIFIER}){0,3}(?:${SINGULAR}))(?![\\w-])`, 'y');

export const leftInState: SentencePattern = {
  name: 'left-in-state',
  extract(sentence, found) {
    const { text, raw, start: base } = sentence;
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
        // the state straight after the person: "a man dead", "a teenager in critical condition"
        const cue = cueAt(text, end);
        if (!cue || text.slice(end, cue.start).trim() !== '') continue;
        // police who "found a man with gunshot wounds" often found him dying: only "left" tells that he lived
        if (/^f/.test(verb[0]) && /^with\b/.test(cue.phrase)) continue;
        if ([...found, ...result].some((f) => f.start < base + cue.end && base + personStart < f.end)) continue;
        result.push({ kind: cue.kind, quantity: { count: 1, min: null, max: null, qualifier: 'exact' }, victims: raw.slice(personStart, end), start: base + personStart, end: base + cue.end });
      }
    }
    return result;
  },
};
