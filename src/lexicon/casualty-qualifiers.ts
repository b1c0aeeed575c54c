// Source: English hedging words before figures as used in news reporting ("at least 12", "nearly 1,300",
// "up to 30"); grouped by what they say about the true number.
import type { Qualifier } from '../schema.js';

export interface QualifierWord {
  phrase: string;
  qualifier: Qualifier;
  /** "nearly 1,300" says the figure is an upper bound as well as a rounding. */
  bound?: 'max';
}

export const QUALIFIER_WORDS: readonly QualifierWord[] = [
  { phrase: 'about', qualifier: 'approximate' },
  { phrase: 'almost', qualifier: 'approximate', bound: 'max' },
  { phrase: 'an estimated', qualifier: 'approximate' },
  { phrase: 'approximately', qualifier: 'approximate' },
  { phrase: 'around', qualifier: 'approximate' },
  { phrase: 'as many as', qualifier: 'at-most' },
  { phrase: 'at least', qualifier: 'at-least' },
  { phrase: 'at most', qualifier: 'at-most' },
  { phrase: 'close to', qualifier: 'approximate', bound: 'max' },
  { phrase: 'estimated', qualifier: 'approximate' },
  { phrase: 'fewer than', qualifier: 'at-most' },
  { phrase: 'in excess of', qualifier: 'at-least' },
  { phrase: 'less than', qualifier: 'at-most' },
  { phrase: 'more than', qualifier: 'at-least' },
  { phrase: 'nearly', qualifier: 'approximate', bound: 'max' },
  { phrase: 'no fewer than', qualifier: 'at-least' },
  { phrase: 'no more than', qualifier: 'at-most' },
  { phrase: 'not less than', qualifier: 'at-least' },
  { phrase: 'over', qualifier: 'at-least' },
  { phrase: 'roughly', qualifier: 'approximate' },
  { phrase: 'some', qualifier: 'approximate' },
  { phrase: 'up to', qualifier: 'at-most' },
  { phrase: 'upwards of', qualifier: 'at-least' },
];

/** Words that stand for an unknown, large or small, number of people: "dozens", "scores of". */
export const VAGUE_QUANTITY_WORDS: readonly string[] = [
  'a handful', 'dozens', 'hundreds', 'many', 'millions', 'numerous', 'scores', 'several', 'some', 'tens', 'thousands',
];
