// Input sources → a stream of articles (or per-source errors), in input order.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { decodeText, looksBinary } from './decode.js';
import { looksLikeHtml, readHtml } from './html.js';
import { readJsonlLine } from './jsonl.js';
import { linesOf, type LongLine } from './lines.js';
import { rawLimit, tooLarge, tooLong } from './limits.js';
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

/** One whole document from bytes, already known to be within the size limit: text or HTML. */
function documentFrom(bytes: Buffer, source: string, kind: InputKind, maxChars: number): InputItem {
  if (bytes.length === 0) return { source, error: 'empty file' };
  if (looksBinary(bytes)) return { source, error: 'binary file, not an article' };
  const { text: raw, warnings } = decodeText(bytes);
  if (raw.trim() === '') return { source, error: 'empty file' };
  const page = kind === 'html' || (kind === 'auto' && looksLikeHtml(raw)) ? readHtml(raw) : null;
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
    const item = typeof line === 'string' ? readJsonlLine(line, source, lineNumber, options) : longLine(line, source, lineNumber, options);
    if (item) yield item;
  }
}

function longLine(line: LongLine, source: string, lineNumber: number, options: InputOptions): InputItem {
  return { source: `${source}:${lineNumber}`, error: tooLarge(line.length, options.maxChars, 'characters')! };
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
    yield* jsonlItems(chunks(), STDIN_NAME, options);
    return;
  }
  const parts: Buffer[] = [head];
  let size = head.length;
  for await (const chunk of rest) {
    size += chunk.length;
    if (size <= rawLimit(options.maxChars)) parts.push(chunk); // past it, only counted: never held
  }
  const large = tooLarge(size, options.maxChars, 'bytes');
  yield large ? { source: STDIN_NAME, error: large } : documentFrom(Buffer.concat(parts), STDIN_NAME, kind, options.maxChars);
}

/** Most articles are smaller than this: they are read whole in the one read that also sniffs their kind. */
const FIRST_READ_BYTES = 64 * 1024;

interface FileRead {
  kind: Exclude<InputKind, 'auto'>;
  /** Absent for JSONL, which is streamed line by line and never held whole. */
  bytes?: Buffer;
  error?: string;
}

/** One open per file: in a folder of small articles, file system round trips cost more than reading. */
async function readOnce(file: string, given: InputKind, maxChars: number): Promise<FileRead> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.allocUnsafe(FIRST_READ_BYTES), 0, FIRST_READ_BYTES, 0);
    const kind = given === 'auto' ? kindByContent(buffer.toString('utf8', 0, Math.min(bytesRead, 1024))) : given;
    if (kind === 'jsonl') return { kind };
    if (bytesRead < FIRST_READ_BYTES) return { kind, bytes: buffer.subarray(0, bytesRead) };
    const large = tooLarge((await handle.stat()).size, maxChars, 'bytes');
    return large ? { kind, error: large } : { kind, bytes: await handle.readFile() };
  } finally {
    await handle.close();
  }
}

async function* fileItems(file: string, options: InputOptions): AsyncGenerator<InputItem> {
  const kind = options.input === 'auto' ? kindByExtension(file) : options.input;
  try {
    const read: FileRead = kind === 'jsonl' ? { kind } : await readOnce(file, kind, options.maxChars);
    if (read.error) yield { source: file, error: read.error };
    else if (read.bytes) yield documentFrom(read.bytes, file, read.kind, options.maxChars);
    else yield* jsonlItems(createReadStream(file), file, options);
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
