// Batches for the worker pool: formed when a thread comes free, of what waits then, within limits;
// a failure is one document's, never its batch-mates'.
import { describe, expect, it } from 'vitest';
import { createBatcher, TimeoutError, type BatchOutcome } from '../../src/cli/task-batches.js';

/** A pool whose batches finish when the test says: `sent` lists each batch as dispatched. */
function fakePool(slots: number, maxDocuments = 3, maxChars = 100) {
  const sent: string[][] = [];
  const finishers: ((fail?: unknown) => void)[] = [];
  const run = createBatcher<string, string>({
    slots,
    limits: { maxDocuments, maxChars },
    size: (task) => task.length,
    dispatch: (tasks) => {
      sent.push(tasks);
      return new Promise<BatchOutcome<string>[]>((resolve, reject) => {
        finishers.push((fail) => {
          if (fail) reject(fail);
          else resolve(tasks.map((t) => (t.startsWith('bad') ? { error: `cannot read ${t}` } : { result: t.toUpperCase() })));
        });
      });
    },
  });
  return { run, sent, finish: (k: number, fail?: unknown) => finishers[k](fail) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('batches for the worker pool', () => {
  it('sends documents alone while threads are free, and batches those that waited', async () => {
    const pool = fakePool(2);
    const results = ['a', 'b', 'c', 'd', 'e', 'f'].map((t) => pool.run(t));
    expect(pool.sent).toEqual([['a'], ['b']]);
    pool.finish(0);
    await settle();
    expect(pool.sent).toEqual([['a'], ['b'], ['c', 'd', 'e']]);
    pool.finish(1);
    pool.finish(2);
    await settle();
    pool.finish(3);
    expect(await Promise.all(results)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(pool.sent).toEqual([['a'], ['b'], ['c', 'd', 'e'], ['f']]);
  });

  it('closes a batch at its length in characters; a longer document goes alone', async () => {
    const pool = fakePool(1, 8, 10);
    const long = 'x'.repeat(12);
    const results = ['busy', 'aaaa', 'bbbb', 'cccc', long, 'dd'].map((t) => pool.run(t));
    for (let k = 0; k < 5; k++) {
      pool.finish(k);
      await settle();
    }
    await Promise.all(results);
    expect(pool.sent).toEqual([['busy'], ['aaaa', 'bbbb'], ['cccc'], [long], ['dd']]);
  });

  it('fails only the document that threw', async () => {
    const pool = fakePool(1);
    const results = ['busy', 'good', 'bad one', 'fine'].map((t) => pool.run(t).catch((e: Error) => `failed: ${e.message}`));
    pool.finish(0);
    await settle();
    pool.finish(1);
    expect(await Promise.all(results)).toEqual(['BUSY', 'GOOD', 'failed: cannot read bad one', 'FINE']);
  });

  it('runs each document of a batch that timed out again alone, so only the runaway times out', async () => {
    const pool = fakePool(1);
    const results = ['busy', 'p', 'runaway', 'q'].map((t) => pool.run(t).catch((e: Error) => `${e.constructor.name}: ${e.message}`));
    pool.finish(0);
    await settle();
    expect(pool.sent[1]).toEqual(['p', 'runaway', 'q']);
    pool.finish(1, new TimeoutError('timed out after 360000 ms'));
    await settle();
    pool.finish(2);
    await settle();
    pool.finish(3, new TimeoutError('timed out after 120000 ms'));
    await settle();
    pool.finish(4);
    expect(await Promise.all(results)).toEqual(['BUSY', 'P', 'TimeoutError: timed out after 120000 ms', 'Q']);
    expect(pool.sent.slice(2)).toEqual([['p'], ['runaway'], ['q']]);
  });

  it('with one document a batch, never joins two', async () => {
    const pool = fakePool(1, 1);
    const results = ['a', 'b', 'c'].map((t) => pool.run(t));
    for (let k = 0; k < 3; k++) {
      pool.finish(k);
      await settle();
    }
    expect(await Promise.all(results)).toEqual(['A', 'B', 'C']);
    expect(pool.sent).toEqual([['a'], ['b'], ['c']]);
  });
});

describe('a batch on a worker', () => {
  it('gives each document the record it gets alone', async () => {
    const { default: runTask, runBatch } = await import('../../src/cli/worker.js');
    const tasks = ['The minister spoke with her French counterpart on Monday.', 'Three people were killed in the blast, police said.'].map((text) => ({ text, refDate: '2026-03-04' }));
    expect(runBatch(tasks)).toEqual(tasks.map((task) => ({ result: runTask(task) })));
  });
});
