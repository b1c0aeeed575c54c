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

const PEOPLE = new Set(VICTIM_NOUNS);
/** How many items a list may hold before it is read as something else. */
const MAX_ITEMS = 8;
/** How many describing words may stand between the figure and the people noun ("two young Afghan men"). */
const MAX_DESCRIBING_WORDS = 3;
// An item is a figure (or "a"/"an"/"one"), up to three describing words, and a people noun or a people's
// name ("Afghans"), or "a 13-year-old" (one person of that age, the age masked). The nouns are looked up in
// a set rather than written into one pattern: an alternation of 322 nouns took V8 a quarter of a second to
// compile, more than the rest of a one-article run's casualty rules together.
// "her two daughters": a possessive may open an item before its figure
const FIGURE_RE = new RegExp(`\\s*(?:(?:his|her|their)\\s+)?(?:(${NUMBER_PATTERN})|an?|one)\\s+`, 'iy');
const OWNER_RE = /of\s+(?:his|her|their|its|the)\s+/iy;
const DESCRIBING_WORD_RE = /["“]?[\w§’'-]+\s+/y;
const OPENING_QUOTE_RE = /["“]?/y;
const WORD_RE = /[\w-]+/y;
const NEXT_WORD_RE = /\s+([\w-]+)/y;
const PEOPLES_NAME_RE = /^[A-Z][a-z]+s$/;
const MASKED_AGE_RE = /\s*an?\s+§+(?![\w§])/iy;
// an item with no figure before "and" ("top commanders of the group and four children"): skipped, the list goes on
const OTHER_ITEM_RE = /\s*(?![a-z]*\s*(?:were|was|are|had|have|who)\b)[^,.;:()\d]{1,50}?(?=\s*,?\s+and\s)/y;
const SPACE_RE = /\s*/y;
const SEPARATOR_RE = /\s*,\s*(?:and\s+)?|\s+and\s+/y;

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Where the people noun starting at `at` ends (with its closing quote), or -1 when none starts there. */
function peopleNounEnd(text: string, at: number): number {
  const start = at + sticky(OPENING_QUOTE_RE, text, at)![0].length;
  const word = sticky(WORD_RE, text, start)?.[0];
  if (!word || !(PEOPLE.has(word.toLowerCase()) || PEOPLES_NAME_RE.test(word))) return -1;
  let end = start + word.length;
  // "police officers", "civilians children": nouns in a row are one item
  for (let next = sticky(NEXT_WORD_RE, text, end); next && PEOPLE.has(next[1].toLowerCase()); next = sticky(NEXT_WORD_RE, text, end)) {
    end += next[0].length;
  }
  return /["”]/.test(text[end] ?? '') && !/[\w-]/.test(text[end + 1] ?? '') ? end + 1 : end;
}

/** Where the describing words after `at` and their people noun end, or -1. */
function describedPeopleEnd(text: string, at: number): number {
  let pos = at;
  for (let words = 0; words <= MAX_DESCRIBING_WORDS; words++) {
    const end = peopleNounEnd(text, pos);
    if (end >= 0) return end;
    const word = sticky(DESCRIBING_WORD_RE, text, pos);
    if (!word) return -1;
    pos += word[0].length;
  }
  return -1;
}

/** The item starting at `at`: its figure ("five", undefined for "a"/"one") and where it ends; null when none. */
function itemAt(text: string, at: number): { figure?: string; end: number } | null {
  const figure = sticky(FIGURE_RE, text, at);
  if (figure) {
    const afterFigure = at + figure[0].length;
    // "two of the victims", else "of" and "the" are describing words like any other
    const owner = sticky(OWNER_RE, text, afterFigure);
    let end = owner ? describedPeopleEnd(text, afterFigure + owner[0].length) : -1;
    if (end < 0) end = describedPeopleEnd(text, afterFigure);
    if (end >= 0) return { figure: figure[1], end };
  }
  const masked = sticky(MASKED_AGE_RE, text, at);
  return masked ? { end: at + masked[0].length } : null;
}

/** The items of the list starting at `pos` in `text`; it ends at the first part that is not people. */
export function peopleListAt(text: string, pos: number): ListItem[] {
  const items: ListItem[] = [];
  let at = pos;
  for (let i = 0; i < MAX_ITEMS; i++) {
    const item = itemAt(text, at);
    if (item) {
      const count = item.figure ? parseNumber(item.figure) : 1;
      if (count === null) break;
      items.push({ count, start: at + sticky(SPACE_RE, text, at)![0].length, end: item.end });
      at = item.end;
    } else {
      const other = sticky(OTHER_ITEM_RE, text, at);
      if (!other) break;
      at += other[0].length;
    }
    const separator = sticky(SEPARATOR_RE, text, at);
    if (!separator) break;
    at += separator[0].length;
  }
  return items;
}
