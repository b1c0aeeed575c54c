// --jobs asks for threads; newsfacts starts only those the documents and the cores can use.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { usefulThreads } from '../../src/cli/processor.js';
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
