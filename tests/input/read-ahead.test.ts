import { describe, expect, it } from 'vitest';
import { readAhead } from '../../src/input/read-ahead.js';

/** A source that logs when each item is asked for and when the consumer takes it. */
function loggedSource(count: number, log: string[], failAt?: number) {
  return (async function* () {
    try {
      for (let i = 0; i < count; i++) {
        log.push(`read ${i}`);
        await new Promise((resolve) => setTimeout(resolve, 1));
        if (i === failAt) throw new Error(`cannot read ${i}`);
        yield i;
      }
    } finally {
      log.push('closed');
    }
  })();
}

describe('readAhead', () => {
  it('gives every item in order', async () => {
    const seen: number[] = [];
    for await (const item of readAhead(loggedSource(5, []), 2)) seen.push(item);
    expect(seen).toEqual([0, 1, 2, 3, 4]);
  });

  it('has the next item on its way before the consumer asks for it', async () => {
    const log: string[] = [];
    for await (const item of readAhead(loggedSource(3, log), 2)) {
      log.push(`took ${item}`);
      if (item === 0) {
        await new Promise((resolve) => setTimeout(resolve, 20)); // the consumer is busy with item 0
        expect(log).toContain('read 1');
      }
    }
    expect(log.indexOf('read 1')).toBeLessThan(log.indexOf('took 1'));
  });

  it('passes on an error of the source where it happened', async () => {
    const seen: number[] = [];
    const run = async () => {
      for await (const item of readAhead(loggedSource(5, [], 2), 3)) seen.push(item);
    };
    await expect(run()).rejects.toThrow('cannot read 2');
    expect(seen).toEqual([0, 1]);
  });

  it('closes the source when the consumer stops early', async () => {
    const log: string[] = [];
    for await (const item of readAhead(loggedSource(10, log), 2)) if (item === 1) break;
    expect(log.at(-1)).toBe('closed');
  });
});
