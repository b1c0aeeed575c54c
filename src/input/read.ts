// Input sources → a stream of articles (or per-source errors), in input order.
import { open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { INVALID_UTF8, decodeText, looksBinary } from './decode.js';
import { looksLikeHtml } from './html-start.js';
import { readJsonlLine } from './jsonl.js';
import { linesOf, type LongLine } from './lines.js';
import { rawLimit, tooLarge, tooLong } from './limits.js';
import { isJsonlPath, type SourceRef } from './paths.js';
import type { InputItem, InputKind, InputOptions } from './types.js';
import { describeFileError } from '../describe-error.js';

const STDIN_NAME = '-';

/** A file's kind by its name: JSONL and HTML by extension; anything else is text, or HTML if it starts as a page. */
function kindByExtension(file: string): InputKind {
  if (isJsonlPath(file)) return 'jsonl';
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  return 'auto';
}

/** A stream's kind by its first bytes (stdin, a pipe): JSON Lines when it starts with "{". */
function kindByContent(head: string): Exclude<InputKind, 'auto'> {
  const trimmed = head.trimStart();
  if (trimmed.startsWith('{')) return 'jsonl';
  return looksLikeHtml(trimmed) ? 'html' : 'text';
}

const problemOf = (error: unknown) => describeFileError(error, 'the file disappeared before it could be read');

/** The page reader, loaded with its tokenizer package when the first page is met (docs/PERFORMANCE.md: start-up). */
const htmlReader = () => import('./html.js');

/** One whole document from bytes, already known to be within the size limit: text or HTML. */
async function documentFrom(bytes: Buffer, source: string, kind: InputKind, maxChars: number): Promise<InputItem> {
  if (bytes.length === 0) return { source, error: 'empty file' };
  if (looksBinary(bytes)) return { source, error: 'binary file, not an article' };
  const { text: raw, warnings } = decodeText(bytes);
  if (raw.trim() === '') return { source, error: 'empty file' };
  const page = kind === 'html' || (kind === 'auto' && looksLikeHtml(raw)) ? (await htmlReader()).readHtml(raw) : null;
  const text = page ? page.text : raw;
  const long = tooLong(text.length, maxChars);
  if (long) return { source, error: long };
  const article = { id: source, source, text, fromJsonl: false, warnings: [...warnings, ...(page?.warnings ?? [])] };
  return { article: page ? { ...article, publishedAt: page.publishedAt } : article };
}

async function* jsonlItems(file: AsyncIterable<Buffer | string>, source: string, options: InputOptions): AsyncGenerator<InputItem> {
  let lineNumber = 0;
  for await (const line of linesOf(file, rawLimit(options.maxChars))) {
    lineNumber++;
    if (typeof line !== 'string' && !('text' in line)) {
      yield longLine(line, source, lineNumber, options);
      continue;
    }
    const repaired = typeof line !== 'string';
    const item = readJsonlLine(repaired ? line.text : line, source, lineNumber, options);
    if (item && 'article' in item && repaired) item.article.warnings.unshift(INVALID_UTF8);
    if (item) yield item;
  }
}

function longLine(line: LongLine, source: string, lineNumber: number, options: InputOptions): InputItem {
  return { source: `${source}:${lineNumber}`, error: tooLarge(line.length, options.maxChars, 'bytes')! };
}

/**
 * Reads a stream (stdin, a pipe or FIFO given as a path): line by line when it is JSONL, so
 * newsfacts works as a pipeline mapper; its kind is told by its first bytes, as it has no name to go by.
 */
async function* streamItems(stream: AsyncIterable<Buffer>, source: string, options: InputOptions): AsyncGenerator<InputItem> {
  const iterator = stream[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) {
    yield { source, error: 'empty input' };
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
    yield* jsonlItems(chunks(), source, options);
    return;
  }
  const parts: Buffer[] = [head];
  let size = head.length;
  for await (const chunk of rest) {
    size += chunk.length;
    if (size <= rawLimit(options.maxChars)) parts.push(chunk); // past it, only counted: never held
  }
  const large = tooLarge(size, options.maxChars, 'bytes');
  yield large ? { source, error: large } : documentFrom(Buffer.concat(parts), source, kind, options.maxChars);
}

/** Most articles are smaller than this: they are read whole in one read. */
const FIRST_READ_BYTES = 64 * 1024;

/** A regular file's bytes, in one read when it is small, unless it is too large to hold an article within the limit. */
async function readWhole(handle: FileHandle, size: number, maxChars: number): Promise<{ bytes: Buffer } | { error: string }> {
  const { buffer, bytesRead } = await handle.read(Buffer.allocUnsafe(FIRST_READ_BYTES), 0, FIRST_READ_BYTES, 0);
  if (bytesRead < FIRST_READ_BYTES) return { bytes: buffer.subarray(0, bytesRead) };
  const large = tooLarge(size, maxChars, 'bytes');
  return large ? { error: large } : { bytes: await handle.readFile() };
}

/**
 * One open per file: in a folder of small articles, file system round trips cost more than reading.
 * A FIFO is opened as `cat` opens it: the open waits for a writer.
 */
async function* fileItems(file: string, options: InputOptions): AsyncGenerator<InputItem> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    yield { source: file, error: problemOf(error) };
    return;
  }
  let streaming = false; // a stream closes the handle when it ends
  try {
    const stats = await handle.stat();
    const kind = options.input === 'auto' ? kindByExtension(file) : options.input;
    streaming = !stats.isFile() || kind === 'jsonl';
    if (!stats.isFile()) {
      yield* streamItems(handle.createReadStream(), file, options);
    } else if (kind === 'jsonl') {
      yield* jsonlItems(handle.createReadStream(), file, options);
    } else {
      const read = await readWhole(handle, stats.size, options.maxChars);
      yield 'error' in read ? { source: file, error: read.error } : documentFrom(read.bytes, file, kind, options.maxChars);
    }
  } catch (error) {
    yield { source: file, error: problemOf(error) };
  } finally {
    if (!streaming) await handle.close();
  }
}

export async function* readArticles(refs: SourceRef[], options: InputOptions, stdin: AsyncIterable<Buffer>): AsyncGenerator<InputItem> {
  for (const ref of refs) {
    if (ref.kind === 'missing') yield { source: ref.path, error: ref.problem };
    else if (ref.kind === 'stdin') yield* streamItems(stdin, STDIN_NAME, options);
    else yield* fileItems(ref.path, options);
  }
}
