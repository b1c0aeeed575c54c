// The longest article newsfacts reads: a document's record is held whole while it is extracted, so
// its length bounds the memory a run needs. Longer inputs are reported and skipped, never read whole.

/** About 330,000 words: twenty times the longest wire stories, and memory well under 300 MB. */
export const DEFAULT_MAX_CHARS = 2_000_000;

/**
 * Raw input per character of article text allowed before it is even decoded: room for UTF-8, JSON
 * escapes (\uXXXX) and HTML markup.
 */
const RAW_PER_CHAR = 6;

export const rawLimit = (maxChars: number) => maxChars * RAW_PER_CHAR;

const count = (n: number) => n.toLocaleString('en-US');

export function tooLong(chars: number, maxChars: number): string | null {
  if (chars <= maxChars) return null;
  return `too long: ${count(chars)} characters of text, over the limit of ${count(maxChars)} (raise it with --max-chars)`;
}

export function tooLarge(size: number, maxChars: number, unit: 'bytes' | 'characters'): string | null {
  if (size <= rawLimit(maxChars)) return null;
  return `too long: ${count(size)} ${unit}, more than an article within the limit of ${count(maxChars)} characters can take (raise it with --max-chars)`;
}
