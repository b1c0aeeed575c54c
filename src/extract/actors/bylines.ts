// Bylines name the journalists, who are not actors: "By Ann Tyler and Joe Marsh", "(By Kim Lowe --
// Associated Press)" (rule 'by-line'), and a name over the story's time or date, as news sites print
// it: "Sara Bell 2 minutes ago", "Tom Ross December 16, 2016" (rule 'dated-byline'), and a name with its outlet
// alone on a line: "Sara Bell, Reuters", "Tom Ross | Associated Press" (rule 'outlet-byline').
import { NEWS_OUTLETS } from '../../lexicon/news-outlets.js';
import { alternation } from '../../text/alternation.js';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** "By" then only capitalised words, "and", commas and dashes up to the line's end or a closing bracket. */
const BY_LINE_RE = /(?:^|\()[ \t]*By[ \t]+((?:\p{Lu}[\p{L}.'’-]*|and|&|--|[–—]|,)(?:[ \t,]+(?:\p{Lu}[\p{L}.'’-]*|and|&|--|[–—]))*)[ \t,]*(?=$|\))/gmu;
const DATED_BYLINE_RE = new RegExp(
  String.raw`^[ \t]*\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2}[ \t]+(?:\d+[ \t]+(?:minutes?|hours?|days?)[ \t]+ago|(?:${MONTHS})[ \t]+\d{1,2},[ \t]*\d{4})`,
  'gmu',
);
const OUTLET_BYLINE_RE = new RegExp(
  String.raw`^[ \t]*\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}.'’-]*){1,2}[ \t]*(?:,|\||[–—-])[ \t]*(?:${alternation(NEWS_OUTLETS)})[ \t]*$`,
  'gmu',
);
/** Longest byline read: a few names, not a sentence. */
const MAX_BYLINE_WORDS = 12;

export function bylineRanges(text: string): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(BY_LINE_RE)) {
    if (m[1].split(/\s+/).length <= MAX_BYLINE_WORDS) ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(DATED_BYLINE_RE)) ranges.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(OUTLET_BYLINE_RE)) ranges.push({ start: m.index, end: m.index + m[0].length });
  return ranges;
}
