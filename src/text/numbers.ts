// Reading a number written in digits or words: "1,300", "1.2 million", "twenty-five", "a dozen", "half a dozen",
// "half a million".
import { MULTIPLIERS, ORDINALS, QUANTITY_WORDS, TENS, UNITS } from '../lexicon/number-words.js';

/** "a half-dozen", "half a dozen", "a half dozen": six. */
const HALF_DOZEN = /^(?:a\s)?half[- ](?:a\s)?dozen$/;
/** "half a million", "a quarter of a million", "a half-million": that share of the scale word. */
const SHARE_OF_SCALE = /^(?:a\s)?(half|quarter)(?:\sof)?[- ](?:a\s)?(million|billion)$/;
const SHARES: Record<string, number> = { half: 0.5, quarter: 0.25 };

/** Matches a number in digits or words, for building larger patterns. No capture groups. */
export const NUMBER_PATTERN = (() => {
  const words = [...Object.keys(UNITS), ...Object.keys(TENS)].sort((a, b) => b.length - a.length).join('|');
  const word = `(?:${words})(?:[- ](?:${Object.keys(UNITS).slice(1, 10).join('|')}))?`;
  const scale = `(?:\\s(?:hundred|thousand|million|billion))`;
  const digits = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
  return `(?:(?:${digits})${scale}?|(?:a|one)\\s(?:dozen|(?:hundred|thousand|million)(?:\\s(?:and\\s)?(?:${word}))?)|${HALF_DOZEN.source.slice(1, -1)}|${SHARE_OF_SCALE.source.slice(1, -1).replace(/\((?!\?)/g, '(?:')}|(?:${word})${scale}?(?:\\s(?:and\\s)?(?:${word}))?)`;
})();

function wordValue(token: string): number | null {
  const t = token.toLowerCase();
  return UNITS[t] ?? TENS[t] ?? QUANTITY_WORDS[t] ?? null;
}

/** The value of a number written in digits or words, or null when it is not one. */
export function parseNumber(text: string): number | null {
  const s = text.trim().toLowerCase();
  if (!s) return null;
  const digits = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s+(hundred|thousand|million|billion))?$/.exec(s);
  if (digits) {
    const base = Number(digits[1].replace(/,/g, '') + (digits[2] ? `.${digits[2]}` : ''));
    const value = digits[3] ? base * MULTIPLIERS[digits[3]] : base;
    return Number.isFinite(value) ? Math.round(value) : null;
  }
  const spaced = s.replace(/\s+/g, ' ');
  if (HALF_DOZEN.test(spaced)) return 6;
  const share = SHARE_OF_SCALE.exec(spaced);
  if (share) return SHARES[share[1]] * MULTIPLIERS[share[2]];
  let total = 0;
  let current = 0;
  let seen = false;
  for (const token of s.split(/[\s-]+/)) {
    if (token === 'and') continue;
    const multiplier = MULTIPLIERS[token];
    if (multiplier !== undefined) {
      current = (seen ? current || 1 : 1) * multiplier;
      if (multiplier >= 1000) {
        total += current;
        current = 0;
      }
      seen = true;
      continue;
    }
    if (token === 'dozen') {
      // "a dozen", "two dozen": a multiplier that does not close a group like "thousand"
      current = (current || 1) * 12;
      seen = true;
      continue;
    }
    const value = wordValue(token);
    if (value === null) return null;
    current += value;
    seen = true;
  }
  return seen ? total + current : null;
}

/** The value of an ordinal word or numeral ("third", "3rd"), or null. */
export function parseOrdinal(text: string): number | null {
  const s = text.trim().toLowerCase();
  const numeral = /^(\d+)(?:st|nd|rd|th)$/.exec(s);
  if (numeral) return Number(numeral[1]);
  return ORDINALS[s] ?? null;
}
