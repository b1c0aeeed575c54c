// Extraction of one document for the CLI, on a worker thread of the --jobs pool or inline: the
// record comes back as compact JSON with its counts, so the main thread never holds it as objects.
import { extract, type ExtractOptions } from '../extract/from-text.js';
import type { Warning } from '../schema.js';
import { describeError } from '../describe-error.js';
import type { BatchOutcome } from './task-batches.js';
import { countRecords, type RecordCounts } from './tally.js';

export interface ExtractTask extends ExtractOptions {
  text: string;
  /** Found while reading the article (bad bytes, say); they come first in the record's warnings. */
  readWarnings?: Warning[];
}

export interface ExtractedRecord {
  json: string;
  counts: RecordCounts;
}

export default function runTask(task: ExtractTask): ExtractedRecord {
  const record = extract(task.text, task);
  if (task.readWarnings?.length) record.warnings.unshift(...task.readWarnings);
  return { json: JSON.stringify(record), counts: countRecords(record) };
}

/** A batch of documents from the pool (task-batches.ts): one that throws fails alone. */
export function runBatch(tasks: ExtractTask[]): BatchOutcome<ExtractedRecord>[] {
  return tasks.map((task) => {
    try {
      return { result: runTask(task) };
    } catch (error) {
      return { error: describeError(error) };
    }
  });
}
