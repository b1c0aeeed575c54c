// Runs extraction tasks in this thread or on a pool of worker threads (--jobs N > 1, or any
// explicit --timeout-ms), to which documents go in batches (task-batches.ts). A batch past its time
// budget has its worker terminated; the pool starts only when a second document arrives, so one
// article starts fast.
import { availableParallelism } from 'node:os';
import type { ResourceLimits } from 'node:worker_threads';
import type { Piscina } from 'piscina';
import { createBatcher, TimeoutError, type BatchLimits, type BatchOutcome } from './task-batches.js';
import type { ExtractTask, ExtractedRecord } from './worker.js';

export interface Processor {
  run(task: ExtractTask): Promise<ExtractedRecord>;
  close(): Promise<void>;
}

export interface ProcessorOptions {
  jobs: number;
  /** Per-document budget for pooled tasks, given the document's length in characters. */
  budgetMs: (chars: number) => number;
  /** A budget the user asked for: then every document runs pooled, so every one can be stopped. */
  strictTimeout: boolean;
  /** More than one document is known to come: the pool serves from the first, and this thread never loads the extractors. */
  batch: boolean;
  workerHeap: WorkerHeap;
}

export { TimeoutError } from './task-batches.js';

/**
 * Threads worth starting for --jobs: no more than the documents, when their number is known, nor
 * the cores, since extraction keeps a core busy by itself and more threads only add memory.
 */
export function usefulThreads(jobs: number, documents: number | null, cores = availableParallelism()): number {
  return Math.max(1, Math.min(jobs, documents ?? jobs, cores));
}

/**
 * How much young generation each worker thread gets: `roomy` where the main thread holds little per
 * record (extract), `lean` where it holds more (load builds the table rows). V8 makes the young
 * generation three semi-spaces and rounds the semi-space up to a power of two: 12 MB gives 4 MB,
 * 13-24 MB all give 8 MB, 25-48 MB give 16 MB (as large as a process's grows). A document's parse
 * outlives a 4 MB semi-space and is promoted; 8 MB halves a worker's scavenges and took 3% off the
 * pool's CPU, for about 20 MB of peak memory over two workers (docs/PERFORMANCE.md, 2026-12-07).
 * load's workers take a 2 MB semi-space: 245 MB at its peak on 4,000 articles, 282 MB with `roomy`
 * ones (2026-12-07). The old generation's growth between full collections is set
 * for every thread by tuneHeap (heap.ts; V8 flags are per process), so its ceiling only bounds a
 * worker; a document's own memory is bounded by --max-chars.
 */
export type WorkerHeap = 'roomy' | 'lean';
export const WORKER_LIMITS: Record<WorkerHeap, ResourceLimits> = {
  roomy: { maxOldGenerationSizeMb: 2000, maxYoungGenerationSizeMb: 24 },
  lean: { maxOldGenerationSizeMb: 2000, maxYoungGenerationSizeMb: 6 },
};

/** A document this long runs on a worker thread even alone, so its time budget can stop it. */
const HUGE_DOCUMENT_CHARS = 1_000_000;

/**
 * Batches for the pool (task-batches.ts): eight wire articles, or fewer long ones. A budget the user
 * gave is each document's own, so then every document goes alone.
 */
const BATCHES: BatchLimits = { maxDocuments: 8, maxChars: 50_000 };
const ONE_BY_ONE: BatchLimits = { maxDocuments: 1, maxChars: 0 };

export function createProcessor(options: ProcessorOptions): Processor {
  let pool: Promise<Piscina> | null = null;
  let started = 0;
  // The pool holds one batch per thread, and its threads are warmed up first, so a batch's budget
  // counts its own running time, not module loading or a queue.
  const startPool = async () => {
    const { Piscina } = await import('piscina'); // loaded only for batches
    const piscina = new Piscina({
      filename: new URL('./worker.js', import.meta.url).href,
      maxThreads: options.jobs,
      minThreads: options.jobs,
      resourceLimits: WORKER_LIMITS[options.workerHeap],
    });
    await Promise.all(Array.from({ length: options.jobs }, () => piscina.run({ text: '' })));
    return piscina;
  };
  const dispatch = async (tasks: ExtractTask[]): Promise<BatchOutcome<ExtractedRecord>[]> => {
    const piscina = await (pool ??= startPool());
    const budget = tasks.reduce((sum, task) => sum + options.budgetMs(task.text.length), 0);
    try {
      return (await piscina.run(tasks, { name: 'runBatch', signal: AbortSignal.timeout(budget) })) as BatchOutcome<ExtractedRecord>[];
    } catch (error) {
      if ((error as Error)?.name !== 'AbortError') throw error;
      // The stopped thread is replaced; warm its successor before this slot is handed on.
      await piscina.run({ text: '' }).catch(() => {});
      throw new TimeoutError(`timed out after ${budget} ms`);
    }
  };
  const pooled = createBatcher({
    slots: options.jobs,
    limits: options.strictTimeout ? ONE_BY_ONE : BATCHES,
    size: (task: ExtractTask) => task.text.length,
    dispatch,
  });
  // loaded only when a document runs in this thread, so --version, --help and batches start fast
  let inline: Promise<(task: ExtractTask) => ExtractedRecord> | null = null;
  const loadInline = async () => (await import('./worker.js')).default;
  const usePool = (task: ExtractTask) =>
    options.strictTimeout || task.text.length > HUGE_DOCUMENT_CHARS || (options.jobs > 1 && (options.batch || started > 1));
  return {
    async run(task) {
      started++;
      if (!usePool(task)) return (await (inline ??= loadInline()))(task);
      return pooled(task);
    },
    async close() {
      if (pool) await (await pool).destroy();
    },
  };
}
