// "1990", "fiscal 1989", "mid-1996", "the 1990s", "the '80s": a year or a decade, not any four-digit number.
import { pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

export const yearParser: DateParser = {
  name: 'year',
  // Not part of a larger number or amount ("$1990", "1,990", "1990.5", "2000 percent").
  pattern: pattern(
    `(?<![$£€\\d.,:/-])\\b(?:(early|mid|late|fiscal|calendar)[\\s-]+)?(?:(the)\\s+)?(?:(1[5-9]\\d|20\\d)0s|'(\\d)0s|(1[5-9]\\d\\d|20\\d\\d)(?![\\d%]|[.,:/-]\\d|\\s*(?:percent|per\\s+cent)\\b))\\b`,
  ),
  extract(m) {
    if (m[3]) return { type: 'DATE', value: m[3] };
    if (m[4]) return { type: 'DATE', value: `19${m[4]}` };
    // "the 1990" is not said of a year; "the 2000 election" is, but then "the" stays out.
    const span = m[2] ? { from: m[0].indexOf(m[5]), to: m[0].length } : undefined;
    if (m[2] && m[1]) return null;
    return { type: 'DATE', value: m[5], span };
  },
};
