// The parts of a figure are figures too: "killing five people, including two children and a police
// officer" → 5, 2 and 1; "Three people, two of them children, were found dead" → 3 and 2.
import { NUMBER_PATTERN, parseNumber } from '../../../text/numbers.js';
import { peopleListAt, type ListItem } from '../list-items.js';
import type { Finding, SentencePattern, SentenceScan } from '../types.js';

const INCLUDING_RE = /\b(?:including|among\s+them|among\s+whom)\s+/gi;
const OF_THEM_RE = new RegExp(`,\\s*(${NUMBER_PATTERN})\\s+of\\s+(?:them|whom)\\s+(?:were\\s+|being\\s+)?`, 'gi');
// "Of the 14 killed, nine were children": the whole fronted, its part after the comma (rule part-after-fronted-whole)
const OF_THE_WHOLE_RE = new RegExp(`\\b[Oo]f\\s+(?:the|those)\\s+[^,.;]{1,60},\\s*(${NUMBER_PATTERN})\\s+(?:were|are)\\s+`, 'g');
// "…, 11 were women and five were children": a further part in the same shape after the first (rule further-part)
const FURTHER_PART_RE = new RegExp(`^[^,.;:\\d§]{1,40}?(?:,\\s*|\\s+and\\s+|,\\s+and\\s+)(${NUMBER_PATTERN})\\s+(?:were|are)\\s+(?!\\s*(?:killed|dead|injured|wounded|missing)\\b)`, 'i');
// "The wounded, including six officers, were ...": the parts of a group given no figure of its own (rule parts-of-a-group)
const GROUP_INCLUDING_RE = /\b[Tt]he\s+(dead|injured|wounded|missing)\s*,\s*(?:including|among\s+them)\s+/g;
const GROUP_KINDS: Record<string, Finding['kind']> = { dead: 'killed', injured: 'injured', killed: 'killed', missing: 'missing', wounded: 'injured' };
// "Of those killed, five were police officers": the part of a group the text names but gives no figure (rule part-of-named-group)
const OF_NAMED_GROUP_RE = new RegExp(`\\b[Oo]f\\s+(?:the|those)\\s+(dead|killed|injured|wounded|missing)\\s*,\\s*(${NUMBER_PATTERN})\\s+(?:were|are)\\s`, 'g');
// "Six victims, four men and two women, were taken to hospital": a list of the parts set between the whole and its cue
// (rule apposed-breakdown)
const APPOSED_RE = new RegExp(`,\\s*(?=(?:${NUMBER_PATTERN}|an?|one)\\s)`, 'gi');
const LIST_CLOSE_RE = /^\s*,/;
// "killing 11 people, including four in the capital": a part told by where, with no people noun (rule part-by-place)
const FIGURE_IN_PLACE_RE = new RegExp(`(${NUMBER_PATTERN})(?=\\s+(?:in|at|on|from)\\s)`, 'iy');
/** How far after its figure an "including" may stand and still belong to it. */
const LOOK_AHEAD = 80;

/** The figure a part belongs to: the nearest one before it, not a named victim. */
function wholeBefore(found: readonly Finding[], at: number): Finding | null {
  let whole: Finding | null = null;
  for (const f of found) if (f.start < at && (!whole || f.start > whole.start)) whole = f;
  return whole && !whole.name && at - whole.end <= LOOK_AHEAD ? whole : null;
}

function part(sentence: SentenceScan, whole: Finding, item: ListItem): Finding | null {
  if (whole.quantity.count !== null && item.count >= whole.quantity.count) return null;
  return partOfKind(sentence, whole.kind, item);
}

export function partOfKind(sentence: SentenceScan, kind: Finding['kind'], item: ListItem): Finding {
  return {
    kind,
    quantity: { count: item.count, min: null, max: null, qualifier: 'exact' },
    victims: sentence.raw.slice(item.start, item.end),
    start: sentence.start + item.start,
    end: sentence.start + item.end,
  };
}

export const breakdown: SentencePattern = {
  name: 'breakdown',
  extract(sentence, found) {
    const { text, start: base } = sentence;
    const parts: Finding[] = [];
    for (const re of [INCLUDING_RE, OF_THEM_RE]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const whole = wholeBefore(found, base + m.index);
        if (!whole) continue;
        // "two of them children": the figure is before the people it names
        const items: ListItem[] = m[1]
          ? peopleListAt(text, m.index + m[0].indexOf(m[1])).slice(0, 1)
          : peopleListAt(text, m.index + m[0].length);
        if (m[1] && items.length === 0) {
          const count = parseNumber(m[1]);
          if (count !== null) items.push({ count, start: m.index + m[0].indexOf(m[1]), end: m.index + m[0].length });
        }
        const placed = !m[1] && items.length === 0 ? partByPlace(text, m.index + m[0].length) : [];
        for (const item of [...items, ...placed]) {
          // "one of them fatally": a part a figure pattern read already (rule part-read-already)
          if (found.some((f) => f.start === base + item.start)) continue;
          const p = part(sentence, whole, item);
          if (p) parts.push(placed.includes(item) ? Object.assign(p, { rules: ['part-by-place'] }) : p);
        }
      }
    }
    OF_THE_WHOLE_RE.lastIndex = 0;
    for (let m = OF_THE_WHOLE_RE.exec(text); m; m = OF_THE_WHOLE_RE.exec(text)) {
      const figureStart = m.index + m[0].lastIndexOf(m[1]);
      // the whole is the figure inside "Of the ...," itself
      const whole = wholeBefore(found, base + figureStart);
      const count = parseNumber(m[1]);
      if (!whole || whole.start < base + m.index || count === null) continue;
      const p = part(sentence, whole, { count, start: figureStart, end: figureStart + m[1].length });
      if (!p) continue;
      parts.push(Object.assign(p, { rules: ['part-after-fronted-whole'] }));
      parts.push(...furtherParts(sentence, found, whole, m.index + m[0].length, count));
    }
    parts.push(...apposedParts(sentence, found), ...partsOfNamedGroups(sentence, found));
    GROUP_INCLUDING_RE.lastIndex = 0;
    for (let m = GROUP_INCLUDING_RE.exec(text); m; m = GROUP_INCLUDING_RE.exec(text)) {
      const kind = GROUP_KINDS[m[1].toLowerCase()];
      for (const item of peopleListAt(text, m.index + m[0].length)) {
        if (!found.some((f) => f.start === base + item.start)) parts.push(Object.assign(partOfKind(sentence, kind, item), { rules: ['parts-of-a-group'] }));
      }
    }
    return parts;
  },
};

/**
 * The parts after the first one of a fronted whole ("Of the 19 dead, 11 were women and five were children"), each
 * "N were …" joined by a comma or "and", while together they stay within the whole; one a pattern read already
 * ("and 28 were treated") is passed over.
 */
function furtherParts(sentence: SentenceScan, found: readonly Finding[], whole: Finding, from: number, firstCount: number): Finding[] {
  const { text, start: base } = sentence;
  const parts: Finding[] = [];
  let total = firstCount;
  for (let at = from, m = FURTHER_PART_RE.exec(text.slice(at)); m; at += m[0].length, m = FURTHER_PART_RE.exec(text.slice(at))) {
    const start = at + m[0].lastIndexOf(m[1]);
    const count = parseNumber(m[1]);
    if (count === null || (whole.quantity.count !== null && total + count > whole.quantity.count)) break;
    total += count;
    if (found.some((f) => f.start === base + start)) continue;
    parts.push(Object.assign(partOfKind(sentence, whole.kind, { count, start, end: start + m[1].length }), { rules: ['further-part'] }));
  }
  return parts;
}

/** The parts listed between a whole and its cue, when they add up to the whole. */
function apposedParts(sentence: SentenceScan, found: readonly Finding[]): Finding[] {
  const { text, start: base } = sentence;
  const parts: Finding[] = [];
  APPOSED_RE.lastIndex = 0;
  for (let m = APPOSED_RE.exec(text); m; m = APPOSED_RE.exec(text)) {
    const at = base + m.index;
    const whole = found.find((f) => f.rules?.[0] === 'number-before-cue' && f.start < at && at < f.end && !f.name);
    if (!whole || whole.quantity.count === null) continue;
    const items = peopleListAt(text, m.index + m[0].length);
    const last = items.at(-1);
    if (items.length < 2 || !LIST_CLOSE_RE.test(text.slice(last!.end))) continue;
    if (items.reduce((sum, item) => sum + item.count, 0) !== whole.quantity.count) continue;
    for (const item of items) parts.push(Object.assign(partOfKind(sentence, whole.kind, item), { rules: ['apposed-breakdown'] }));
  }
  return parts;
}

/** "four in the capital": a figure told by its place, as one item. */
function partByPlace(text: string, at: number): ListItem[] {
  FIGURE_IN_PLACE_RE.lastIndex = at;
  const m = FIGURE_IN_PLACE_RE.exec(text);
  const count = m ? parseNumber(m[1]) : null;
  return m && count !== null ? [{ count, start: at, end: at + m[0].length }] : [];
}

/** "Of those killed, five were police officers": a figure of the named group's kind, unless a pattern read it already. */
function partsOfNamedGroups(sentence: SentenceScan, found: readonly Finding[]): Finding[] {
  const { text, start: base } = sentence;
  const parts: Finding[] = [];
  OF_NAMED_GROUP_RE.lastIndex = 0;
  for (let m = OF_NAMED_GROUP_RE.exec(text); m; m = OF_NAMED_GROUP_RE.exec(text)) {
    const start = m.index + m[0].lastIndexOf(m[2]);
    const count = parseNumber(m[2]);
    if (count === null || found.some((f) => f.start <= base + start && base + start < f.end)) continue;
    const item = { count, start, end: start + m[2].length };
    parts.push(Object.assign(partOfKind(sentence, GROUP_KINDS[m[1].toLowerCase()], item), { rules: ['part-of-named-group'] }));
  }
  return parts;
}
