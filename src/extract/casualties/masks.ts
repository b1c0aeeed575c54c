// Spans whose digits are never casualty figures: dates, times, money, percentages, ages, years,
// addresses and reference numbers. They are blanked out before any figure is read.
import { MONTH_PATTERN } from '../../document/calendar.js';
import { NUMBER_PATTERN } from '../../text/numbers.js';
import type { ExtractContext } from '../context.js';

const MASK_CHAR = '§';
const CURRENCY_WORDS = '(?:dollars|euros|pounds|rupees|yuan|yen|naira|rubles|roubles|shekels|riyals|dinars)';
const SCALE = '(?:\\s?(?:million|billion|thousand|[mb]n)\\b)?';

/** A span of text whose digits are never a casualty figure. */
export interface MaskRule {
  name: string;
  pattern: RegExp;
}

/** In the order they are tried; where two overlap the text is blanked once. */
export const MASK_RULES: readonly MaskRule[] = [
  { name: 'money-symbol', pattern: new RegExp(`[$£€¥]\\s?\\d[\\d,.]*${SCALE}`, 'g') },
  { name: 'money-words', pattern: new RegExp(`\\b${NUMBER_PATTERN}\\s${CURRENCY_WORDS}\\b`, 'gi') },
  { name: 'percentage', pattern: new RegExp(`\\b${NUMBER_PATTERN}\\s?(?:%|percent\\b|per cent\\b)`, 'gi') },
  // "12-year-old", "aged 34", "ages 13, 17 and 19", "John Smith, 34,", "(34,"
  { name: 'age-years-old', pattern: new RegExp(`\\b${NUMBER_PATTERN}[- ](?:years?|months?|weeks?)[- ]olds?\\b`, 'gi') },
  { name: 'age-aged', pattern: /\b(?:aged?|ages)\s+\d{1,3}(?:(?:\s*,\s*|\s+and\s+|\s*(?:-|–|to)\s*)\d{1,3})*/gi },
  { name: 'age-after-name', pattern: /(?<=[A-Za-z],\s)\d{1,3}(?=\s*,)/g },
  { name: 'age-in-parentheses', pattern: /(?<=\()\d{1,3}(?=,)/g },
  { name: 'clock-time', pattern: /\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)/gi },
  { name: 'clock-time-24h', pattern: /\b\d{1,2}:\d{2}\b/g },
  { name: 'year', pattern: /\b(?:1[89]|20)\d{2}s?\b/g },
  // calendar dates the date extractor may not have claimed
  { name: 'date-month-day', pattern: new RegExp(`\\b${MONTH_PATTERN}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, 'g') },
  { name: 'date-day-month', pattern: new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_PATTERN}\\b`, 'g') },
  { name: 'date-numeric', pattern: /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/g },
  { name: 'address-block', pattern: /\b\d+\s+block\b/gi },
  {
    name: 'street-address',
    pattern: /\b\d+(?:\s+[A-Z][a-z]+){1,3}\s+(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Parkway|Pkwy|Circle|Highway)\b/g,
  },
  {
    name: 'reference-number',
    pattern:
      /\b(?:Route|Highway|Interstate|I-|No\.|Number|Unit|Apartment|Apt\.?|Suite|Room|Channel|Flight|Precinct|District|Ward|Chapter|Section|Article|Resolution|Page|Pages|Rule|Exit|Gate|Platform)\s?#?\d+/g,
  },
  { name: 'hash-number', pattern: /#\d+/g },
  { name: 'phone-number', pattern: /\(?\b\d{3}\)?[-.\s]\d{3}[-.]\d{4}\b/g },
];

/** A span a rule blanks, with the rule's name (--explain, tests). */
export interface MaskedSpan {
  rule: string;
  start: number;
  end: number;
}

/** Every span of `text` a mask rule matches, rule by rule. */
export function maskedSpans(text: string): MaskedSpan[] {
  const spans: MaskedSpan[] = [];
  for (const { name, pattern } of MASK_RULES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) spans.push({ rule: name, start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** The document text with every non-count span replaced by a filler of the same length. */
export function maskNonCounts(ctx: ExtractContext): string {
  const { text } = ctx.doc;
  const spans: [number, number][] = [];
  for (const date of ctx.dates) spans.push([date.start, date.end]);
  for (const span of ctx.doc.furniture) spans.push([span.start, span.end]);
  for (const span of maskedSpans(text)) spans.push([span.start, span.end]);
  if (spans.length === 0) return text;
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    // newlines stay, so sentence and paragraph breaks are still seen
    out += text.slice(at, from) + text.slice(from, end).replace(/[^\n]/g, MASK_CHAR);
    at = end;
  }
  return out + text.slice(at);
}
