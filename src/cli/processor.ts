// Runs extraction tasks in this thread or, with --jobs N > 1, on a pool of worker threads.
// The pool is started only when a second document arrives, so single articles start fast.
import { Piscina } from 'piscina';
import type { DocumentRecord } from '../schema.js';
import type { ExtractTask } from './worker.js';

export interface Processor {
  run(task: ExtractTask): Promise<DocumentRecord>;
  close(): Promise<void>;
}

export function createProcessor(jobs: number, extractInline: (task: ExtractTask) => DocumentRecord): Processor {
  let pool: Piscina | null = null;
  let started = 0;
  return {
    async run(task) {
      started++;
      if (jobs <= 1 || started === 1) return extractInline(task);
      pool ??= new Piscina({ filename: new URL('./worker.js', import.meta.url).href, maxThreads: jobs, minThreads: jobs });
      return pool.run(task) as Promise<DocumentRecord>;
    },
    async close() {
      await pool?.destroy();
    },
  };
}
