// Class and id words that hint a block is (or is not) the article, after Mozilla Readability's
// candidate weighting: words seen in the markup of news sites' content and furniture blocks.
import type { Attributes } from './parse.js';

const CONTENT_WORDS = ['article', 'body', 'content', 'entry', 'main', 'post', 'story', 'text'];

const FURNITURE_WORDS = [
  'ad-', 'advert', 'banner', 'breadcrumb', 'comment', 'cookie', 'footer', 'menu', 'nav', 'newsletter', 'promo',
  'related', 'share', 'sidebar', 'social', 'sponsor', 'subscribe', 'widget',
];

const CONTENT = new RegExp(CONTENT_WORDS.join('|'), 'i');
const FURNITURE = new RegExp(FURNITURE_WORDS.join('|'), 'i');

const HINT_WEIGHT = 25;

function weightOf(value: string | undefined): number {
  if (!value) return 0;
  return (CONTENT.test(value) ? HINT_WEIGHT : 0) - (FURNITURE.test(value) ? HINT_WEIGHT : 0);
}

/** +25 for a content word and −25 for a furniture word, in the class and in the id. */
export function hintWeight(attributes: Attributes): number {
  return weightOf(attributes.get('class')) + weightOf(attributes.get('id'));
}
