import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../../src/input/read.js';
import type { InputItem, InputOptions } from '../../src/input/types.js';
import { scratchDir } from '../scratch.js';

const OPTIONS: InputOptions = { input: 'auto', textField: 'text', dateField: 'date', idField: 'id' };
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

  it('tells JSONL from text by content when the extension does not say', async () => {
    const dir = scratchDir();
    const file = path.join(dir, 'feed.txt');
    writeFileSync(file, `${JSON.stringify({ id: 'x1', text: 'One.' })}\n${JSON.stringify({ id: 'x2', text: 'Two.' })}\n`);
    const items = await collect(readArticles([{ kind: 'file', path: file }], OPTIONS, noStdin));
    expect(items.map((i) => ('article' in i ? i.article.id : i.error))).toEqual(['x1', 'x2']);
  });

  it('reads a long article whole, past the first read of a file', async () => {
    const dir = scratchDir();
    const file = path.join(dir, 'long.txt');
    const text = 'Officials met on Monday. '.repeat(8000); // 200 KB, several first reads long
    writeFileSync(file, text);
    const [item] = await collect(readArticles([{ kind: 'file', path: file }], OPTIONS, noStdin));
    expect('article' in item && item.article.text).toBe(text);
  });

  it('streams JSONL from stdin', async () => {
    const stdin = Readable.from([Buffer.from('{"id":"s1","text":"A."}\n{"id":"s2",'), Buffer.from('"text":"B."}\n')]);
    const items = await collect(readArticles([{ kind: 'stdin' }], OPTIONS, stdin));
    expect(items.map((i) => ('article' in i ? i.article.text : i.error))).toEqual(['A.', 'B.']);
  });
});
