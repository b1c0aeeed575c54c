// "killed his two children and himself" (3), "shot and killed his wife before killing himself" (2), "before taking his own life", "killed himself and 15 others" (16): the killer who
// takes his own life after the victims is one more dead. "shot his wife, son and daughter before killing himself" (4): in a
// murder-suicide those shot are counted dead, as Gun Violence Archive's tolls have them (rule people-list-and-self).
import { NUMBER_PATTERN, parseNumber } from '../../../text/numbers.js';
import { isSingularVictimNoun, isVictimNoun, SINGULAR_VICTIM_NOUNS } from '../words.js';
import type { Finding, SentencePattern } from '../types.js';

const KILLED_OBJECT_SELF_RE =
  /\b(?:killed|killing|kills|shot\s+and\s+killed|shooting\s+and\s+killing|fatally\s+shot|shot\s+dead|murdered|shot)\s+((?:(?!\b(?:before|after|then)\b)[^.;:!?]){1,60}?)\s*,?\s+(?:and\s+|then\s+|before\s+)(?:then\s+)?(?:(?:(?:turned|turning)\s+the\s+gun\s+on\s+|(?:killing|killed|shooting|shot)\s+)?(?:himself|herself)|(?:taking|took)\s+(?:his|her)\s+own\s+life)(?![\w-])/g;
// "killed himself and 15 others": the killer named first, the figure after (rule self-and-victims)
const SELF_AND_VICTIMS_RE = /\b(?:killed|killing|kills)\s+(?:himself|herself)\s+and\s+/g;
// "his wife", "a 4-year-old girl", "the little boy": one person
const ONE_PERSON = `(?:his|her|their|a|an|the)\\s+(?:(?!and\\s)[\\w§’'-]+\\s+){0,2}?(?:${SINGULAR_VICTIM_NOUNS.join('|')})`;
const ONE_PERSON_RE = new RegExp(`^${ONE_PERSON}$`, 'i');
// "his wife and son", "a woman and girl": two people (rule two-and-self)
const TWO_PEOPLE_RE = new RegExp(`^${ONE_PERSON}\\s+and\\s+(?:(?:his|her|their|a|an|the)\\s+)?(?:(?!and\\s)[\\w§’'-]+\\s+){0,2}?(?:${SINGULAR_VICTIM_NOUNS.join('|')})$`, 'i');

// one item of a list of people: "his wife", "son", "her 15-year-old daughter", "two young sons", "her"
const LIST_ITEM_RE = new RegExp(`^(?:(?:his|her|their|a|an|the)\\s+)?(?:(${NUMBER_PATTERN})\\s+)?((?:(?!and\\s)[\\w§’'-]+\\s+){0,2}?)([\\w-]+)$`, 'i');
const LIST_SEPARATOR_RE = /\s*,\s*(?:and\s+)?|\s+and\s+/;

/** How many people a list of them counts ("his wife, son and daughter" 3, "his wife and three children" 4), or null. */
function peopleInList(list: string): number | null {
  if (/^(?:him|her)$/i.test(list.trim())) return 1;
  let total = 0;
  for (const item of list.trim().split(LIST_SEPARATOR_RE)) {
    if (/^her$/i.test(item)) {
      total += 1;
      continue;
    }
    const m = LIST_ITEM_RE.exec(item);
    const noun = m?.[3].toLowerCase() ?? '';
    if (!m || !isVictimNoun(noun)) return null;
    const figure = m[1] ? parseNumber(m[1]) : null;
    if (isSingularVictimNoun(noun) ? figure !== null && figure !== 1 : figure === null) return null;
    total += figure ?? 1;
  }
  return total;
}

// "his wife, son and daughter" names more people after "his wife"; "two people and wounded three others" a second act
const HARM_VERB_RE = /^(?:wound|injur|hurt|shot|shoot|stabb)/i;
function namesMorePeople(rest: string): boolean {
  for (const word of rest.split(/[^\w'’-]+/)) {
    if (HARM_VERB_RE.test(word)) return false;
    if (isVictimNoun(word.toLowerCase())) return true;
  }
  return false;
}

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
      // "his wife, son and daughter": a figure inside a list of people counts only part of them
      const whole = victims.length === 1 && !namesMorePeople(text.slice(victims[0].end - base, objectEnd - base)) ? victims[0] : null;
      const two = !whole && !ONE_PERSON_RE.test(m[1]) && TWO_PEOPLE_RE.test(m[1]);
      const listed = whole || ONE_PERSON_RE.test(m[1]) || two ? null : peopleInList(m[1]);
      const counted = whole ? whole.quantity.count : ONE_PERSON_RE.test(m[1]) ? 1 : two ? 2 : listed;
      if (counted === null) continue;
      joined.push({
        kind: 'killed',
        quantity: { count: counted + 1, min: null, max: null, qualifier: 'exact' },
        victims: null,
        start: objectStart,
        end: base + m.index + m[0].length,
        ...(two ? { rules: ['two-and-self'] } : listed !== null ? { rules: ['people-list-and-self'] } : {}),
      });
    }
    SELF_AND_VICTIMS_RE.lastIndex = 0;
    for (let m = SELF_AND_VICTIMS_RE.exec(text); m; m = SELF_AND_VICTIMS_RE.exec(text)) {
      const victims = found.find((f) => f.kind === 'killed' && f.start === base + m!.index && f.quantity.count !== null && f.quantity.qualifier === 'exact');
      if (!victims) continue;
      joined.push({ ...victims, quantity: { ...victims.quantity, count: victims.quantity.count! + 1 }, victims: null, rules: ['self-and-victims'] });
    }
    return joined;
  },
};
