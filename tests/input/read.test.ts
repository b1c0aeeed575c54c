import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../../src/input/read.js';
import type { InputItem, InputOptions } from '../../src/input/types.js';
import { scratchDir } from '../scratch.js';

const OPTIONS: InputOptions = { input: 'auto', textField: 'text', dateField: 'date', idField: 'id', maxChars: 1_000_000 };
const noStdin = Readable.from([]);

async function collect(items: AsyncIterable<InputItem>): Promise<InputItem[]> {
  const all: InputItem[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe('readArticles', () => {
  it('reports a listed file that is gone when its turn comes, and reads the others', async () => {
    const dir = scratchDir();
    const kept = path.join(dir, 'kept.txt');
    writeFileSync(kept, 'Officials met on Monday.');
    const gone = path.join(dir, 'gone.txt'); // listed, then deleted before it was read
    const items = await collect(readArticles([{ kind: 'file', path: gone }, { kind: 'file', path: kept }], OPTIONS, noStdin));
    expect(items).toEqual([
      { source: gone, error: 'the file disappeared before it could be read' },
      expect.objectContaining({ article: expect.objectContaining({ source: kept, text: 'Officials met on Monday.' }) }),
    ]);
  });

  it('reads a file by its extension: a .txt that looks like JSON Lines is one article (only streams are sniffed)', async () => {
    const dir = scratchDir();
    const file = path.join(dir, 'feed.txt');
    const text = `${JSON.stringify({ id: 'x1', text: 'One.' })}\n${JSON.stringify({ id: 'x2', text: 'Two.' })}\n`;
    writeFileSync(file, text);
    const items = await collect(readArticles([{ kind: 'file', path: file }], OPTIONS, noStdin));
    expect(items.map((i) => ('article' in i ? i.article.text : i.error))).toEqual([text]);
  });

  it('reads a long article whole, past the first read of a file', async () => {
    const dir = scratchDir();
    const file = path.join(dir, 'long.txt');
    const text = 'Officials met on Monday. '.repeat(8000); // 200 KB, several first reads long
    writeFileSync(file, text);
    const [item] = await collect(readArticles([{ kind: 'file', path: file }], OPTIONS, noStdin));
    expect('article' in item && item.article.text).toBe(text);
  });

  it('reports an article over the length limit without reading it, and reads the others', async () => {
    const dir = scratchDir();
    const long = path.join(dir, 'long.txt');
    writeFileSync(long, 'Officials met on Monday. '.repeat(400)); // 10,000 characters
    const huge = path.join(dir, 'huge.txt');
    writeFileSync(huge, 'Officials met on Monday. '.repeat(40_000)); // a megabyte: over six bytes a character allowed
    const short = path.join(dir, 'short.txt');
    writeFileSync(short, 'Officials met on Monday.');
    const refs = [long, huge, short].map((p) => ({ kind: 'file' as const, path: p }));
    const items = await collect(readArticles(refs, { ...OPTIONS, maxChars: 5000 }, noStdin));
    expect(items.map((i) => ('article' in i ? i.article.text : i.error))).toEqual([
      expect.stringMatching(/^too long: 10,000 characters of text, over the limit of 5,000 \(raise it with --max-chars\)$/),
      expect.stringMatching(/^too long: 1,000,000 bytes/),
      'Officials met on Monday.',
    ]);
  });

  it('reports a JSONL line over the length limit by its line number and reads on', async () => {
    const dir = scratchDir();
    const file = path.join(dir, 'feed.jsonl');
    const lines = [{ id: 'a', text: 'Short.' }, { id: 'b', text: 'x'.repeat(200) }, { id: 'c', text: 'y'.repeat(2000) }, { id: 'd', text: 'Also short.' }];
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n'));
    const items = await collect(readArticles([{ kind: 'file', path: file }], { ...OPTIONS, maxChars: 100 }, noStdin));
    expect(items.map((i) => ('article' in i ? i.article.id : `${i.source} ${i.error.split(':')[0]}`))).toEqual([
      'a', `${file}:2 too long`, `${file}:3 too long`, 'd',
    ]);
  });

  it('streams JSONL from stdin', async () => {
    const stdin = Readable.from([Buffer.from('{"id":"s1","text":"A."}\n{"id":"s2",'), Buffer.from('"text":"B."}\n')]);
    const items = await collect(readArticles([{ kind: 'stdin' }], OPTIONS, stdin));
    expect(items.map((i) => ('article' in i ? i.article.text : i.error))).toEqual(['A.', 'B.']);
  });
});
