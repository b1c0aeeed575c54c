// Documents go to the worker pool in batches: one message each way per batch instead of per
// document. Each hand-over between the main thread and a worker cost a worker about 2.5 ms (the
// result's trip back, the main thread waking to hand out the next document, the worker waking to
// take it): an eighth of a worker's time on wire-length articles (docs/PERFORMANCE.md, 2026-12-07).
// A batch is formed when a thread comes free, of the documents waiting then, so a batch is one
// document while the input comes slower than the workers and grows only while documents queue up.

/** How much one batch may hold; a document longer than `maxChars` goes alone. */
export interface BatchLimits {
  maxDocuments: number;
  maxChars: number;
}

/** What the worker made of one document of a batch: its result, or the message of what it threw. */
export type BatchOutcome<R> = { result: R } | { error: string };

/** A batch ran past its time budget (its worker was stopped). */
export class TimeoutError extends Error {}

export interface BatcherOptions<T, R> {
  /** Batches running at once: the threads. */
  slots: number;
  limits: BatchLimits;
  size: (task: T) => number;
  /** Runs a batch on a free thread; rejects with TimeoutError when it ran past its budget. */
  dispatch: (tasks: T[]) => Promise<BatchOutcome<R>[]>;
}

interface Waiting<T, R> {
  task: T;
  /** Sent in a batch of its own: after its batch failed as a whole, so a failure is this document's alone. */
  alone: boolean;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Runs tasks through `dispatch` in batches, at most `slots` at a time. A document that throws fails
 * alone; when a batch of several fails as a whole (timed out, its worker died), each of its
 * documents runs again in a batch of its own, so only the one at fault is reported.
 */
export function createBatcher<T, R>(options: BatcherOptions<T, R>): (task: T) => Promise<R> {
  const waiting: Waiting<T, R>[] = [];
  let free = options.slots;

  const nextBatch = (): Waiting<T, R>[] => {
    const first = waiting.shift() as Waiting<T, R>;
    const batch = [first];
    let chars = options.size(first.task);
    while (!first.alone && batch.length < options.limits.maxDocuments && waiting.length > 0 && !waiting[0].alone) {
      chars += options.size(waiting[0].task);
      if (chars > options.limits.maxChars) break;
      batch.push(waiting.shift() as Waiting<T, R>);
    }
    return batch;
  };

  const run = async (batch: Waiting<T, R>[]) => {
    try {
      const outcomes = await options.dispatch(batch.map((w) => w.task));
      batch.forEach((w, i) => {
        const outcome = outcomes[i];
        if ('result' in outcome) w.resolve(outcome.result);
        else w.reject(new Error(outcome.error));
      });
    } catch (error) {
      // A batch that failed as a whole (past its budget, or its worker died) is retried one by one.
      if (batch.length > 1) waiting.unshift(...batch.map((w) => ({ ...w, alone: true })));
      else for (const w of batch) w.reject(error);
    } finally {
      free++;
      pump();
    }
  };

  const pump = () => {
    while (free > 0 && waiting.length > 0) {
      free--;
      void run(nextBatch());
    }
  };

  return (task) =>
    new Promise<R>((resolve, reject) => {
      waiting.push({ task, alone: false, resolve, reject });
      pump();
    });
}
