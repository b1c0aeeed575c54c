// A byte stream → its lines, split on the newline byte (never part of another UTF-8 character) and
// each decoded on its own, so a line with invalid bytes is known and warned about as that line.
import { decodeText } from './decode.js';

/** A line longer than the limit: only its length in bytes is kept. */
export interface LongLine {
  length: number;
}

/** A line whose invalid UTF-8 bytes were replaced with U+FFFD. */
export interface RepairedLine {
  text: string;
  invalidUtf8: true;
}

function decodeLine(bytes: Buffer): string | RepairedLine {
  const { text, warnings } = decodeText(bytes);
  return warnings.length ? { text, invalidUtf8: true } : text;
}

/**
 * Splits a byte stream into lines (without their "\n"), holding only one line in memory, and
 * never more than `maxLength` bytes of it: a longer line is skipped and yielded as its length.
 */
export async function* linesOf(chunks: AsyncIterable<Buffer | string>, maxLength = Infinity): AsyncGenerator<string | RepairedLine | LongLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  /** Bytes of a too-long line dropped so far, or -1 while the line is within the limit. */
  let skipped = -1;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let newline = bytes.indexOf(10); newline !== -1; newline = bytes.indexOf(10, start)) {
      const length = (skipped >= 0 ? skipped : pendingBytes) + newline - start;
      if (skipped >= 0 || length > maxLength) yield { length };
      else yield decodeLine(pending.length ? Buffer.concat([...pending, bytes.subarray(start, newline)]) : bytes.subarray(start, newline));
      pending = [];
      pendingBytes = 0;
      skipped = -1;
      start = newline + 1;
    }
    if (skipped >= 0) {
      skipped += bytes.length - start;
    } else if (start < bytes.length) {
      pending.push(bytes.subarray(start));
      pendingBytes += bytes.length - start;
      if (pendingBytes > maxLength) {
        skipped = pendingBytes;
        pending = [];
        pendingBytes = 0;
      }
    }
  }
  if (skipped >= 0) yield { length: skipped };
  else if (pendingBytes) yield decodeLine(Buffer.concat(pending));
}
