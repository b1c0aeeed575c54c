// Extraction of one document for the CLI, on a worker thread of the --jobs pool or inline: the
// record comes back as compact JSON with its counts, so the main thread never holds it as objects.
import { extract, type ExtractOptions } from '../extract/from-text.js';
import type { Warning } from '../schema.js';
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
