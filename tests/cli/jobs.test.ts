// --jobs asks for threads; newsfacts starts only those the documents and the cores can use.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { WORKER_LIMITS, usefulThreads, type WorkerHeap } from '../../src/cli/processor.js';
import { FIXTURES, runCli } from './run.js';

describe('threads started for --jobs', () => {
  it('are never more than the documents', () => {
    expect(usefulThreads(32, 2, 64)).toBe(2);
    expect(usefulThreads(32, 1, 64)).toBe(1);
  });

  it('are never more than the cores', () => {
    expect(usefulThreads(32, null, 2)).toBe(2);
    expect(usefulThreads(32, 100, 4)).toBe(4);
  });

  it('are what was asked when that is fewer', () => {
    expect(usefulThreads(3, 100, 8)).toBe(3);
    expect(usefulThreads(1, null, 8)).toBe(1);
  });

  it('--jobs 32 on two documents gives both records', () => {
    const files = ['bombing-casualties.txt', 'readout-phone-call.txt'].map((f) => path.join(FIXTURES, f));
    const run = runCli(['-q', '-f', 'ndjson', '--jobs', '32', ...files]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l).source)).toEqual(files);
  });
});

/** The new space (two semi-spaces) a worker with these limits grows to, in MB, once it has made plenty of garbage. */
async function grownNewSpaceMb(heap: WorkerHeap): Promise<number> {
  const code = `const { getHeapSpaceStatistics } = require('node:v8');
    let kept = [];
    for (let i = 0; i < 2e6; i++) { kept.push({ i }); if (kept.length > 2e5) kept = []; }
    require('node:worker_threads').parentPort.postMessage(getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size / 2 ** 20);`;
  const worker = new Worker(code, { eval: true, resourceLimits: WORKER_LIMITS[heap] });
  try {
    return await new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject));
  } finally {
    await worker.terminate();
  }
}

describe('worker heaps', () => {
  it('roomy workers (extract) get an 8 MB semi-space, lean ones (load) 2 MB', async () => {
    expect(await grownNewSpaceMb('roomy')).toBe(16);
    expect(await grownNewSpaceMb('lean')).toBe(4);
  });
});
