// The article pipeline shared by `extract` and `load`: read the inputs (files, folders, globs,
// stdin, JSONL), extract each article inline or on worker threads, and hand the records back in
// input order, each as soon as it and all before it are done.
import { availableParallelism } from 'node:os';
import { isJsonlPath, readAhead, readArticles, type Article, type InputOptions, type SourceRef } from '../input/index.js';
import type { RecordKind } from '../kinds.js';
import type { Profile } from '../extract/profile.js';
import { describeError } from '../describe-error.js';
import { TimeoutError, createProcessor, usefulThreads, type WorkerHeap } from './processor.js';
import { createProgress, showsProgress } from './progress.js';
import { Tally } from './tally.js';
import { defaultBudget } from './budget.js';
import type { ExtractedRecord } from './worker.js';

export interface BatchFlags extends InputOptions {
  only: RecordKind[];
  refDate?: string;
  jobs?: number;
  timeoutMs?: number;
  quiet: boolean;
  /** Records carry the ids of the rules that made them. */
  explain?: boolean;
  profile: Profile;
}

export interface BatchHooks {
  /** Called as each article is read, in input order; false passes it over unextracted. */
  admit?(article: Article): boolean;
  /** Called with each extracted record, in input order. */
  record(extracted: ExtractedRecord, article: Article): Promise<void>;
  /** `lean` when `record` holds much per record, so worker threads must use less (processor.ts); default `roomy`. */
  workerHeap?: WorkerHeap;
}


/**
 * Documents in flight per worker: enough for a running batch and the next one forming behind it
 * (task-batches.ts: up to 8 each), few enough to bound memory.
 */
const WINDOW_PER_JOB = 16;

/** Articles read ahead of the one being launched, so file reads overlap extraction. */
const READ_AHEAD = 2;

type Outcome = { extracted: ExtractedRecord; article: Article } | { source: string; error: string } | null;

export const reportLine = (line: string) => process.stderr.write(`newsfacts: ${line}\n`);

/**
 * Runs every article of `refs` through extraction and `hooks`; resolves to the run's counts.
 * `outputOnTerminal`: records go to the terminal stderr is on, so no progress bar cuts into them.
 */
export async function runBatch(refs: SourceRef[], flags: BatchFlags, outputOnTerminal: boolean, hooks: BatchHooks): Promise<Tally> {
  const tally = new Tally();
  const knownTotal = refs.every((r) => r.kind === 'file' && !isJsonlPath(r.path)) ? refs.length : null;
  const jobs = usefulThreads(flags.jobs ?? availableParallelism(), knownTotal);
  const batch = refs.length > 1 || refs.some((r) => r.kind === 'file' && isJsonlPath(r.path));
  const explicitBudget = flags.timeoutMs;
  const processor = createProcessor({
    jobs,
    budgetMs: explicitBudget === undefined ? defaultBudget : () => explicitBudget,
    strictTimeout: explicitBudget !== undefined,
    batch,
    workerHeap: hooks.workerHeap ?? 'roomy',
  });
  const progress = await createProgress(knownTotal, showsProgress({
    enabled: batch && !flags.quiet,
    stderrIsTerminal: process.stderr.isTTY === true,
    outputOnTerminal,
  }));
  // Outcomes are handed on strictly in input order, whatever order the workers finish in: a chain
  // of writes, one link per document.
  let written: Promise<void> = Promise.resolve();
  const unwritten: Promise<void>[] = [];
  const launch = (outcome: Promise<Outcome>) => {
    written = written.then(() => outcome).then(finish);
    written.catch(() => {}); // a failed write is thrown where the loop awaits it, below
    unwritten.push(written);
  };

  const start = async (article: Article): Promise<Outcome> => {
    try {
      const extracted = await processor.run({
        text: article.text, id: article.id, source: article.source, publishedAt: article.publishedAt,
        refDate: flags.refDate, only: flags.only, explain: flags.explain, profile: flags.profile, readWarnings: article.warnings,
      });
      return { extracted, article };
    } catch (error) {
      const reason = describeError(error);
      return { source: article.source, error: error instanceof TimeoutError ? reason : `extraction failed (${reason})` };
    }
  };
  const finish = async (outcome: Outcome) => {
    progress.tick();
    if (outcome === null) return;
    if ('error' in outcome) {
      tally.failed();
      reportLine(`${outcome.source}: ${outcome.error}`);
      return;
    }
    const { extracted, article } = outcome;
    if (!flags.quiet) for (const w of article.warnings) reportLine(`${article.source}: warning: ${w.message}`);
    tally.add(extracted.counts);
    await hooks.record(extracted, article);
  };

  try {
    for await (const item of readAhead(readArticles(refs, flags, process.stdin), READ_AHEAD)) {
      if ('error' in item) launch(Promise.resolve(item));
      else if (hooks.admit && !hooks.admit(item.article)) launch(Promise.resolve(null));
      else launch(start(item.article));
      // Read on while documents are in flight; wait only when the window is full.
      while (unwritten.length > Math.max(jobs, 1) * WINDOW_PER_JOB) await unwritten.shift();
    }
    await written;
  } finally {
    progress.stop();
    await processor.close();
  }
  return tally;
}
