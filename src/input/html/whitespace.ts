// Collapses HTML whitespace in one pass over the characters. String#replace(/\s+/g) allocates per
// match, and a 10 MB text node with millions of matches takes seconds; this writes into one buffer.

const NEWLINE = 10;
const SPACE = 32;

function isSpace(c: number): boolean {
  return (
    c === SPACE || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Soft hyphens and zero-width spaces: invisible, and inside words. */
/** Reused for the many short texts of a page, each consumed before the next is written. */
const SCRATCH = new Uint16Array(64 * 1024);

const isInvisible = (c: number) => c === 0xad || c === 0x200b;

/**
 * Each whitespace run → one space, trimmed at both ends; soft hyphens and zero-width spaces removed.
 * In preformatted text a run keeps its line break (one, or a blank line for two or more).
 */
export function collapseWhitespace(text: string, preformatted: boolean): string {
  const out = text.length <= SCRATCH.length ? SCRATCH : new Uint16Array(text.length);
  let length = 0;
  let newlines = 0;
  let pending = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      pending = length > 0;
      if (c === NEWLINE) newlines++;
    } else if (!isInvisible(c)) {
      if (pending && preformatted && newlines > 0) out[length++] = NEWLINE;
      if (pending && preformatted && newlines > 1) out[length++] = NEWLINE;
      if (pending && !(preformatted && newlines > 0)) out[length++] = SPACE;
      out[length++] = c;
      pending = false;
      newlines = 0;
    }
  }
  return Buffer.from(out.buffer, out.byteOffset, length * 2).toString('utf16le');
}
