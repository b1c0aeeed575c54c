// A worker thread of the --jobs pool: extracts one document per task.
import { extract, type ExtractOptions } from '../index.js';
import type { DocumentRecord } from '../schema.js';

export interface ExtractTask extends ExtractOptions {
  text: string;
}

export default function runTask(task: ExtractTask): DocumentRecord {
  return extract(task.text, task);
}
