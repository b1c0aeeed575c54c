// Spans whose digits are never casualty figures: dates, times, money, percentages, ages, years,
// addresses and reference numbers. They are blanked out before any figure is read.
import { MONTH_PATTERN } from '../../document/calendar.js';
import { NUMBER_PATTERN } from '../../text/numbers.js';
import type { ExtractContext } from '../context.js';

const MASK_CHAR = '§';
const CURRENCY_WORDS = '(?:dollars|euros|pounds|rupees|yuan|yen|naira|rubles|roubles|shekels|riyals|dinars)';
const SCALE = '(?:\\s?(?:million|billion|thousand|[mb]n)\\b)?';

const NON_COUNT_PATTERNS: readonly RegExp[] = [
  // money
  new RegExp(`[$£€¥]\\s?\\d[\\d,.]*${SCALE}`, 'g'),
  new RegExp(`\\b${NUMBER_PATTERN}\\s${CURRENCY_WORDS}\\b`, 'gi'),
  // percentages
  new RegExp(`\\b${NUMBER_PATTERN}\\s?(?:%|percent\\b|per cent\\b)`, 'gi'),
  // ages: "12-year-old", "aged 34", "ages 13, 17 and 19", "John Smith, 34,"
  new RegExp(`\\b${NUMBER_PATTERN}[- ](?:years?|months?|weeks?)[- ]olds?\\b`, 'gi'),
  /\b(?:aged?|ages)\s+\d{1,3}(?:(?:\s*,\s*|\s+and\s+|\s*(?:-|–|to)\s*)\d{1,3})*/gi,
  /(?<=[A-Za-z],\s)\d{1,3}(?=\s*,)/g,
  /(?<=\()\d{1,3}(?=,)/g,
  // clock times
  /\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)/gi,
  /\b\d{1,2}:\d{2}\b/g,
  // years and decades
  /\b(?:1[89]|20)\d{2}s?\b/g,
  // calendar dates the date extractor may not have claimed
  new RegExp(`\\b${MONTH_PATTERN}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, 'g'),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_PATTERN}\\b`, 'g'),
  /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/g,
  // addresses, phone and reference numbers
  /\b\d+\s+block\b/gi,
  /\b\d+(?:\s+[A-Z][a-z]+){1,3}\s+(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Parkway|Pkwy|Circle|Highway)\b/g,
  /\b(?:Route|Highway|Interstate|I-|No\.|Number|Unit|Apartment|Apt\.?|Suite|Room|Channel|Flight|Precinct|District|Ward|Chapter|Section|Article|Resolution|Page|Pages|Rule|Exit|Gate|Platform)\s?#?\d+/g,
  /#\d+/g,
  /\(?\b\d{3}\)?[-.\s]\d{3}[-.]\d{4}\b/g,
];

/** The document text with every non-count span replaced by a filler of the same length. */
export function maskNonCounts(ctx: ExtractContext): string {
  const { text } = ctx.doc;
  const spans: [number, number][] = [];
  for (const date of ctx.dates) spans.push([date.start, date.end]);
  for (const span of ctx.doc.furniture) spans.push([span.start, span.end]);
  for (const re of NON_COUNT_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) spans.push([m.index, m.index + m[0].length]);
  }
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
