// Input sources → a stream of articles (or per-source errors), in input order.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { decodeText, looksBinary } from './decode.js';
import { htmlPublishedDate, htmlToText, looksLikeHtml } from './html.js';
import { readJsonlLine } from './jsonl.js';
import { linesOf } from './lines.js';
import { isJsonlPath, type SourceRef } from './paths.js';
import type { InputItem, InputKind, InputOptions } from './types.js';
import { describeError } from '../describe-error.js';

const STDIN_NAME = '-';

function kindByExtension(file: string): InputKind {
  if (isJsonlPath(file)) return 'jsonl';
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  return 'auto';
}

function kindByContent(head: string): Exclude<InputKind, 'auto'> {
  const trimmed = head.trimStart();
  if (trimmed.startsWith('{')) return 'jsonl';
  return looksLikeHtml(trimmed) ? 'html' : 'text';
}

function problemOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'the file disappeared before it could be read';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return describeError(error);
}

/** One whole document from bytes: text or HTML. */
function documentFrom(bytes: Buffer, source: string, kind: InputKind): InputItem {
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') return { source, error: 'empty file' };
  if (looksBinary(bytes)) return { source, error: 'binary file, not an article' };
  const { text, warnings } = decodeText(bytes);
  const asHtml = kind === 'html' || (kind === 'auto' && looksLikeHtml(text));
  const id = source;
  if (asHtml) {
    return { article: { id, source, text: htmlToText(text), publishedAt: htmlPublishedDate(text), fromJsonl: false, warnings } };
  }
  return { article: { id, source, text, fromJsonl: false, warnings } };
}

async function* jsonlItems(lines: AsyncIterable<string>, source: string, options: InputOptions): AsyncGenerator<InputItem> {
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    const item = readJsonlLine(line, source, lineNumber, options);
    if (item) yield item;
  }
}

/** Reads stdin: streamed line by line when it is JSONL, so newsfacts works as a pipeline mapper. */
async function* stdinItems(stdin: AsyncIterable<Buffer>, options: InputOptions): AsyncGenerator<InputItem> {
  const iterator = stdin[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) {
    yield { source: STDIN_NAME, error: 'empty input' };
    return;
  }
  const head: Buffer = first.value;
  const rest = { [Symbol.asyncIterator]: () => iterator };
  const kind = options.input === 'auto' ? kindByContent(head.toString('utf8', 0, 1024)) : options.input;
  if (kind === 'jsonl') {
    async function* chunks() {
      yield head;
      yield* rest;
    }
    yield* jsonlItems(linesOf(chunks()), STDIN_NAME, options);
    return;
  }
  const parts: Buffer[] = [head];
  for await (const chunk of rest) parts.push(chunk);
  yield documentFrom(Buffer.concat(parts), STDIN_NAME, kind);
}

/** Most articles are smaller than this: they are read whole in the one read that also sniffs their kind. */
const FIRST_READ_BYTES = 64 * 1024;

async function* fileItems(file: string, options: InputOptions): AsyncGenerator<InputItem> {
  let kind = options.input === 'auto' ? kindByExtension(file) : options.input;
  try {
    let bytes: Buffer | null = null;
    if (kind !== 'jsonl') {
      // One open per file: in a folder of small articles, file system round trips cost more than reading.
      const handle = await open(file, 'r');
      try {
        const { buffer, bytesRead } = await handle.read(Buffer.allocUnsafe(FIRST_READ_BYTES), 0, FIRST_READ_BYTES, 0);
        if (kind === 'auto') kind = kindByContent(buffer.toString('utf8', 0, Math.min(bytesRead, 1024)));
        // A JSONL file without a JSONL name is still streamed line by line, never held whole.
        if (kind !== 'jsonl') bytes = bytesRead < FIRST_READ_BYTES ? buffer.subarray(0, bytesRead) : await handle.readFile();
      } finally {
        await handle.close();
      }
    }
    if (!bytes) {
      yield* jsonlItems(linesOf(createReadStream(file)), file, options);
      return;
    }
    yield documentFrom(bytes, file, kind);
  } catch (error) {
    yield { source: file, error: problemOf(error) };
  }
}

export async function* readArticles(refs: SourceRef[], options: InputOptions, stdin: AsyncIterable<Buffer>): AsyncGenerator<InputItem> {
  for (const ref of refs) {
    if (ref.kind === 'missing') yield { source: ref.path, error: ref.problem };
    else if (ref.kind === 'stdin') yield* stdinItems(stdin, options);
    else yield* fileItems(ref.path, options);
  }
}
