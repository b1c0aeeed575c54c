// "1990", "fiscal 1989", "fiscal year 2014", "the year 2012", "the 2014 fiscal year", "mid-1996", "the 1990s", "the '80s": a year or a decade, not any four-digit number.
import { pattern } from '../patterns.js';
import type { DateParser } from '../types.js';

export const yearParser: DateParser = {
  name: 'year',
  // Not part of a larger number or amount ("$1990", "1,990", "1990.5", "2000 percent") nor a 24-hour time ("1500 GMT").
  pattern: pattern(
    `(?<![$£€\\d.,:/-])\\b(?:(?<decadeArticle>the)\\s+)?(?:(?:early|mid|late|fiscal|calendar)[\\s-]+|(?<yearWord>(?:(?:fiscal|calendar|financial|full)\\s+)?year)\\s+)?` +
      `(?:(?<decade>(?:1[5-9]\\d|20\\d))0s|'(?<shortDecade>\\d)0s|(?<year>1[5-9]\\d\\d|20\\d\\d)(?![\\d%]|[.,:/-]\\d|\\s*(?:percent|per\\s+cent|GMT|UTC)\\b))\\b` +
      `(?<yearNoun>\\s+(?:fiscal|financial|calendar)\\s+year\\b)?`,
  ),
  extract(m) {
    const g = m.groups!;
    // "the 1800s", "the early 1900s" name a century (TIMEX3 "18", "19"); "the 2000s" is read as the decade.
    if (g.decade) return { type: 'DATE', value: /^1\d0$/.test(g.decade) ? g.decade.slice(0, 2) : g.decade };
    if (g.shortDecade) return { type: 'DATE', value: `19${g.shortDecade}` };
    // "the 2000 election": the article belongs to the noun, not to the year; in "the 2014 fiscal year" and "the year
    // 2012" the noun is a year.
    const span = g.decadeArticle && !g.yearNoun && !g.yearWord ? { from: m[0].indexOf(g.year, g.decadeArticle.length), to: m[0].length } : undefined;
    return { type: 'DATE', value: g.year, span };
  },
};
