// Reading figures with their hedges: "at least 12", "nearly 1,300", "20 to 30", "from 12 to 15", "dozens".
import { QUALIFIER_WORDS, VAGUE_QUANTITY_WORDS, type QualifierWord } from '../../lexicon/casualty-qualifiers.js';
import { NUMBER_PATTERN, parseNumber } from '../../text/numbers.js';
import type { Quantity, SentenceScan } from './types.js';

const QUALIFIERS = new Map(QUALIFIER_WORDS.map((q) => [q.phrase, q]));

function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/ /g, '\\s+'))
    .join('|');
}

// A number, or a number of dozens: "two dozen".
const FIGURE = `${NUMBER_PATTERN}(?:\\s+dozen)?`;

// Groups: 1 qualifier, 2 between/from, 3 figure, 4 connector, 5 second figure.
const QUANTITY_RE = new RegExp(
  `(?<![\\w$£€#§.,'’-])(?:(${alternation(QUALIFIER_WORDS.map((q) => q.phrase))})\\s+)?(?:(between|from)\\s+)?` +
    `(${FIGURE}|${alternation(VAGUE_QUANTITY_WORDS)})` +
    `(?:(\\s*(?:-|–|to)\\s*|\\s+(?:and|or)\\s+)(${NUMBER_PATTERN}))?(?![\\w%$£€§'’-])(?!\\s+another\\b)`,
  'gi',
);

// "no one" and "every one" are not counts ("someone" never matches: the figure must be a whole word).
const NOT_A_COUNT_BEFORE = /\b(?:no|any|every|each)\s+$/i;

function hedge(word: QualifierWord | undefined, value: number): Pick<Quantity, 'count' | 'min' | 'max' | 'qualifier'> {
  if (!word) return { count: value, min: null, max: null, qualifier: 'exact' };
  switch (word.qualifier) {
    case 'at-least':
      return { count: value, min: value, max: null, qualifier: 'at-least' };
    case 'at-most':
      return { count: value, min: null, max: value, qualifier: 'at-most' };
    default:
      return { count: value, min: null, max: word.bound === 'max' ? value : null, qualifier: 'approximate' };
  }
}

const ADDED_BEFORE = /\b(?:another|an\s+additional|a\s+further)\s+$/i;
// "others" is left out: "12 killed and 40 others hurt" names a second group, not an addition
const ADDED_AFTER = /^\s+(?:more|other|additional)\b/i;

/** Marks figures that add to an earlier one: "another two people died", "five more were found". */
function markAdditional(text: string, base: number, quantities: Quantity[]): Quantity[] {
  for (const q of quantities) {
    const before = text.slice(Math.max(0, q.start - base - 16), q.start - base);
    const after = text.slice(q.end - base, q.end - base + 12);
    if (ADDED_BEFORE.test(before) || ADDED_AFTER.test(after)) q.additional = true;
  }
  return quantities;
}

/** Every figure in a masked sentence; "from 12 to 15" gives two figures, the earlier and the latest. */
export function findQuantities(sentence: SentenceScan): Quantity[] {
  const { text, start: base } = sentence;
  const found: Quantity[] = [];
  QUANTITY_RE.lastIndex = 0;
  for (let m = QUANTITY_RE.exec(text); m; m = QUANTITY_RE.exec(text)) {
    const [whole, qualifierText, lead, first, connector, second] = m;
    const qualifier = qualifierText ? QUALIFIERS.get(qualifierText.toLowerCase().replace(/\s+/g, ' ')) : undefined;
    const firstStart = m.index + whole.indexOf(first, qualifierText ? qualifierText.length : 0);
    const firstEnd = firstStart + first.length;
    const value = parseNumber(first);
    if (value === null) {
      // a vague word: "dozens", "several"; a qualifier in front of it adds nothing
      found.push({ count: null, min: null, max: null, qualifier: 'vague', start: base + firstStart, end: base + firstEnd });
      continue;
    }
    if (/^one$/i.test(first) && !qualifierText && NOT_A_COUNT_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const secondValue = second ? parseNumber(second) : null;
    const start = base + m.index;
    const isBetween = lead?.toLowerCase() === 'between';
    const joinsWithAnd = connector ? /\b(?:and|or)\b/i.test(connector) : false;
    if (secondValue === null || (joinsWithAnd && !isBetween)) {
      // a lone figure; when the range did not hold, read on from the first figure's end
      if (second) QUANTITY_RE.lastIndex = firstEnd;
      found.push({ ...hedge(qualifier, value), start: lead ? base + firstStart : start, end: base + firstEnd });
      continue;
    }
    const secondStart = m.index + whole.lastIndexOf(second);
    if (lead?.toLowerCase() === 'from') {
      // a changed figure: the earlier one and the latest one are both stated figures
      found.push({ count: value, min: null, max: null, qualifier: 'exact', start: base + firstStart, end: base + firstEnd });
      found.push({ ...hedge(qualifier, secondValue), start: base + secondStart, end: base + secondStart + second.length });
      continue;
    }
    if (secondValue <= value) {
      QUANTITY_RE.lastIndex = firstEnd;
      found.push({ ...hedge(qualifier, value), start, end: base + firstEnd });
      continue;
    }
    // "between 10 and 15": bounds and no single figure (GUIDELINES.md: a range is min and max; rule range-no-count)
    found.push({ count: null, min: value, max: secondValue, qualifier: 'range', start, end: base + m.index + whole.length });
  }
  return markAdditional(text, base, found);
}
