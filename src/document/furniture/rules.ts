// Page furniture, one rule per shape: menus, share bars, newsletter boxes, photo captions and
// credits, bylines, repeated headlines and leaked page code. Each reads one line of the text.
import { NAVIGATION_WORDS, NEWSLETTER_CUES, PHOTO_AGENCIES, PHOTO_CUES, SHARE_PROMPTS } from '../../lexicon/page-furniture.js';
import { alternation } from '../../text/alternation.js';
import type { TextSpan } from '../types.js';
import type { FurnitureRule, Line } from './types.js';

const NAVIGATION = new Set(NAVIGATION_WORDS);
const SHARING = new Set(SHARE_PROMPTS);
/** Menu items are set apart by bars, bullets, slashes or wide gaps. */
const ITEM_SEPARATOR = /\s*[|•·»/]\s*|\t+|\s{2,}/;
const MAX_MENU_LINE = 160;

const trimmed = (line: Line): TextSpan | null => {
  const lead = line.text.length - line.text.trimStart().length;
  const body = line.text.trim();
  return body ? { start: line.start + lead, end: line.start + lead + body.length } : null;
};
export const plain = (text: string) => text.trim().toLowerCase().replace(/[:.!?]+$/, '');

const NEWSLETTER_RE = new RegExp(alternation(NEWSLETTER_CUES), 'i');
const PHOTO_START_RE = new RegExp(`^\\s*\\(?(?:${alternation(PHOTO_CUES)})`, 'i');
/** "REUTERS/Jane Doe", "AFP/Getty Images", "(AP Photo/John Roe)", "(Photo by X/AFP via Getty Images)". */
const PHOTO_CREDIT_RE = new RegExp(
  `\\((?:[A-Z]+ )?(?:AP Photo|Photo|PHOTO|Image|File photo)\\b[^()\\n]{0,100}\\)|\\b(?:${PHOTO_AGENCIES.join('|')})\\/[A-Z][\\w'’-]*(?: [A-Z][\\w'’-]*){0,3}(?: via Getty Images)?|\\bGetty Images\\b`,
  'g',
);
/** "Photo: Jane Roe, Chronicle Image 2 of 8", "Photo Credit: Outlet / Jane Roe", "Buy Photo", "PHOTO by Jane Roe". */
const INLINE_PHOTO_RE =
  /\b(?:Enlarge \| )?Buy (?:This )?Photo\b|\b(?:Photo(?: Credit)?:|Photo (?:via|courtesy of)|PHOTO by|PHOTOS?:)[ \t]*(?:(?:[A-Z][\w.'’@-]*|\d+|of|\/|,|&)[ \t]*){0,8}(?:Caption Close)?/g;
/** A video player's controls and a share button left in the text: "Skip Ad Ad Loading... x Embed x Share", "… Share" ending a line. */
const PLAYER_CONTROLS_RE = /\bSkip Ad\b(?: Ad Loading\.\.\.)?(?: x Embed)?(?: x Share)?|(?<=\S )Share$|\bCopy Link Copy\b/g;
/**
 * Button and label words a page leaves in the text ("Share", "Advertisement", a gallery's "Photos",
 * "Posted" before its time) are never part of a name, even glued to one: "Share Dearborn Heights Police".
 */
const FURNITURE_WORD_RE =
  /\[Photos?\]|\[Photos?(?=\s*$)|\b(?:Photos?|PHOTOS?)\b(?! (?:of|by|from|courtesy|credit|shows?)\b)|\b(?:Share|SHARE|Advertisement|ADVERTISEMENT)\b(?= [A-Z]|\s*$)|\b(?:Posted|Published|Updated)(?=\s*$| (?:on |at )?\d)/g;
const NAME = "[A-Z][\\w.'’-]*";
const BYLINE_RE = new RegExp(`^\\s*(?:By|BY|Written by|Story by|Reporting by)(?:\\s+${NAME}(?:(?:\\s+|\\s*,\\s*|\\s+(?:and|&)\\s+)${NAME}){0,7})?\\s*[,|]?\\s*$`);
/** A wire story's trailer: "(Reporting by X in Y; Editing by Z)". */
const WIRE_CREDIT_RE = /\((?:Additional )?(?:Reporting|Writing|Editing|Compiled) by [^()\n]{1,200}\)/g;
/** CSS or script that leaked into the text: "#box_parent {display:none;}". Selectors hold no braces, so the pattern stays linear. */
const PAGE_CODE_RE = /^\s*[#.@]?[\w-][^{}\n]{0,200}\{[^{}\n]*\}\s*$|^\s*(?:function\s*\(|var\s+\w+\s*=|window\.\w+)/;
const MAX_CODE_LINE = 400;
/** A page's copyright notice: "Copyright 2017 by KXYZ Channel 9 - All rights reserved.", "© 2021 Daily Star". */
const COPYRIGHT_RE = /^\s*(?:Copyright\b|©|\(c\))\s*(?:©\s*)?(?:\d{4}\b)/;
const MAX_COPYRIGHT_LINE = 200;

/** Every match of a global pattern in the line, as document spans. */
function matchesIn(re: RegExp, line: Line): TextSpan[] | null {
  const spans = [...line.text.matchAll(re)].map((m) => ({ start: line.start + m.index, end: line.start + m.index + m[0].length }));
  return spans.length ? spans : null;
}

export const FURNITURE_RULES: readonly FurnitureRule[] = [
  {
    id: 'navigation-line',
    kind: 'navigation',
    extract: (line) => {
      if (line.text.length > MAX_MENU_LINE) return null;
      const items = line.text.split(ITEM_SEPARATOR).map(plain).filter(Boolean);
      return items.length > 0 && items.every((item) => NAVIGATION.has(item) || SHARING.has(item)) ? trimmed(line) : null;
    },
  },
  {
    id: 'share-prompt-line',
    kind: 'share-prompt',
    extract: (line) => (/^\s*(?:(?:read or )?share (?:this|on)|follow us on|click here to)\b/i.test(line.text) && line.text.length <= MAX_MENU_LINE ? trimmed(line) : null),
  },
  {
    id: 'newsletter-line',
    kind: 'newsletter',
    extract: (line) => (line.text.length <= 240 && NEWSLETTER_RE.test(line.text) ? trimmed(line) : null),
  },
  { id: 'photo-caption-line', kind: 'caption', extract: (line) => (PHOTO_START_RE.test(line.text) ? trimmed(line) : null) },
  { id: 'photo-credit', kind: 'caption', extract: (line) => matchesIn(PHOTO_CREDIT_RE, line) },
  { id: 'inline-photo-credit', kind: 'caption', extract: (line) => matchesIn(INLINE_PHOTO_RE, line) },
  { id: 'furniture-word', kind: 'share-prompt', extract: (line) => matchesIn(FURNITURE_WORD_RE, line) },
  { id: 'player-controls', kind: 'share-prompt', extract: (line) => matchesIn(PLAYER_CONTROLS_RE, line) },
  { id: 'byline-line', kind: 'byline', extract: (line) => (line.text.length <= MAX_MENU_LINE && BYLINE_RE.test(line.text) ? trimmed(line) : null) },
  { id: 'wire-credit', kind: 'byline', extract: (line) => matchesIn(WIRE_CREDIT_RE, line) },
  { id: 'copyright-line', kind: 'byline', extract: (line) => (line.text.length <= MAX_COPYRIGHT_LINE && COPYRIGHT_RE.test(line.text) ? trimmed(line) : null) },
  {
    // The headline printed again below itself: the first stays (its figures count), the repeat is furniture.
    id: 'repeated-headline',
    kind: 'repeated-headline',
    extract: (line, index, ctx) => {
      const words = line.text.trim().split(/\s+/);
      if (words.length < 3 || line.text.length > 200) return null;
      const first = ctx.headLines.get(plain(line.text));
      return first !== undefined && first < index ? trimmed(line) : null;
    },
  },
  { id: 'page-code', kind: 'page-code', extract: (line) => (line.text.length <= MAX_CODE_LINE && PAGE_CODE_RE.test(line.text) ? trimmed(line) : null) },
];
