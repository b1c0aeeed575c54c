// The items of a list of people: "two women and five children", "61 civilians, six security forces and
// five "terrorists"", "a child and 2 women". Each item with a figure is a count of its own.
import { VICTIM_NOUNS } from '../../lexicon/victim-nouns.js';
import { NUMBER_PATTERN, parseNumber } from '../../text/numbers.js';

export interface ListItem {
  count: number;
  /** Sentence offsets of the item ("five children"). */
  start: number;
  end: number;
}

const PEOPLE = [...VICTIM_NOUNS].sort((a, b) => b.length - a.length).join('|');
/** How many items a list may hold before it is read as something else. */
const MAX_ITEMS = 8;
// a figure (or "a"/"an"/"one"), up to three describing words, and a people noun or a people's name ("Afghans")
// (or "a 13-year-old": one person of that age, the age masked)
const ITEM_RE = new RegExp(
  `\\s*(?:(?:(${NUMBER_PATTERN})|an?|one)\\s+(?:of\\s+(?:his|her|their|its|the)\\s+)?(?:["“]?[\\w§’'-]+\\s+){0,3}?["“]?(?:${PEOPLE}|[A-Z][a-z]+s)(?:\\s+(?:${PEOPLE}))*["”]?(?![\\w-])|an?\\s+§+(?![\\w§]))`,
  'iy',
);
// an item with no figure before "and" ("top commanders of the group and four children"): skipped, the list goes on
const OTHER_ITEM_RE = /\s*(?![a-z]*\s*(?:were|was|are|had|have|who)\b)[^,.;:()\d]{1,50}?(?=\s*,?\s+and\s)/y;
const SEPARATOR_RE = /\s*,\s*(?:and\s+)?|\s+and\s+/y;

/** The items of the list starting at `pos` in `text`; it ends at the first part that is not people. */
export function peopleListAt(text: string, pos: number): ListItem[] {
  const items: ListItem[] = [];
  let at = pos;
  for (let i = 0; i < MAX_ITEMS; i++) {
    ITEM_RE.lastIndex = at;
    const item = ITEM_RE.exec(text);
    if (item) {
      const count = item[1] ? parseNumber(item[1]) : 1;
      if (count === null) break;
      items.push({ count, start: at + item[0].length - item[0].trimStart().length, end: ITEM_RE.lastIndex });
      at = ITEM_RE.lastIndex;
    } else {
      OTHER_ITEM_RE.lastIndex = at;
      if (!OTHER_ITEM_RE.test(text)) break;
      at = OTHER_ITEM_RE.lastIndex;
    }
    SEPARATOR_RE.lastIndex = at;
    if (!SEPARATOR_RE.test(text)) break;
    at = SEPARATOR_RE.lastIndex;
  }
  return items;
}
