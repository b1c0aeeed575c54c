import { StringDecoder } from 'node:string_decoder';

/** A line longer than the limit: only its length is kept. */
export interface LongLine {
  length: number;
}

/**
 * Splits a byte stream into lines (without their "\n"), holding only one line in memory, and
 * never more than `maxLength` characters of it: a longer line is skipped and yielded as its length.
 */
export async function* linesOf(chunks: AsyncIterable<Buffer | string>, maxLength = Infinity): AsyncGenerator<string | LongLine> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  /** Characters of a too-long line dropped so far, or -1 while the line is within the limit. */
  let skipped = -1;
  function* take(text: string): Generator<string | LongLine> {
    let start = 0;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
      if (skipped >= 0) {
        yield { length: skipped + newline - start };
        skipped = -1;
      } else {
        const line = pending + text.slice(start, newline);
        pending = '';
        if (line.length > maxLength) yield { length: line.length };
        else yield line;
      }
      start = newline + 1;
    }
    if (skipped >= 0) {
      skipped += text.length - start;
    } else {
      pending += text.slice(start);
      if (pending.length > maxLength) {
        skipped = pending.length;
        pending = '';
      }
    }
  }
  for await (const chunk of chunks) yield* take(typeof chunk === 'string' ? chunk : decoder.write(chunk));
  yield* take(decoder.end());
  if (skipped >= 0) yield { length: skipped };
  else if (pending) yield pending;
}
