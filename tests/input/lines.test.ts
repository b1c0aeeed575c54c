import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linesOf, type LongLine, type RepairedLine } from '../../src/input/lines.js';

type Line = string | RepairedLine | LongLine;

async function collect(chunks: (string | Buffer)[], maxLength?: number): Promise<Line[]> {
  const out: Line[] = [];
  for await (const line of linesOf((async function* () { yield* chunks.map((c) => Buffer.from(c)); })(), maxLength)) out.push(line);
  return out;
}

/** Cuts text into pieces at the given points, to feed it as arbitrary chunks. */
function cut(text: string, points: number[]): string[] {
  const at = [...new Set(points.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  return [0, ...at].map((start, i) => text.slice(start, at[i] ?? text.length)).filter(Boolean);
}

describe('linesOf', () => {
  it('gives the lines whatever the chunks, and a line over the limit as its length only', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.stringMatching(/^[a-z{}" ]{0,30}$/), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 6 }), async (lines, points) => {
        const text = lines.join('\n');
        const expected = text === '' ? [] : text.split('\n').map((l) => (l.length > 10 ? { length: l.length } : l));
        if (expected.at(-1) === '') expected.pop(); // a final newline ends the last line, it starts none
        expect(await collect(cut(text, points), 10)).toEqual(expected);
      }),
    );
  });

  it('never holds much more than the limit of a very long line', async () => {
    const chunks = Array.from({ length: 200 }, () => 'x'.repeat(1000));
    const lines = await collect(['{"id":1}\n', ...chunks, '\n{"id":2}\n'], 5000);
    expect(lines).toEqual(['{"id":1}', { length: 200_000 }, '{"id":2}']);
  });

  it('marks the line whose bytes are not UTF-8, even when a chunk cuts a character in two', async () => {
    const euro = Buffer.from('€'); // three bytes, cut between the chunks below
    const lines = await collect([Buffer.concat([Buffer.from('ok '), euro.subarray(0, 1)]), Buffer.concat([euro.subarray(1), Buffer.from('\nbad '), Buffer.from([0xe3]), Buffer.from('o\nok')])]);
    expect(lines).toEqual(['ok €', { text: 'bad \ufffdo', invalidUtf8: true }, 'ok']);
  });
});
