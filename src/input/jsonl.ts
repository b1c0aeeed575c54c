// JSON Lines: one article per line, with text and optional date and id fields (names settable).
import { tooLong } from './limits.js';
import type { InputItem, InputOptions } from './types.js';
import { describeError } from '../describe-error.js';

function field(record: Record<string, unknown>, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined;
}

/** Reads one JSONL line into an article, or an error naming the source line. */
export function readJsonlLine(line: string, source: string, lineNumber: number, options: InputOptions): InputItem | null {
  const body = line.trim();
  if (!body) return null;
  const where = `${source}:${lineNumber}`;
  let record: unknown;
  try {
    record = JSON.parse(body);
  } catch (error) {
    return { source: where, error: `invalid JSON (${describeError(error)})` };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { source: where, error: 'a JSONL line must be a JSON object' };
  }
  const obj = record as Record<string, unknown>;
  const text = field(obj, options.textField);
  if (typeof text !== 'string') {
    return { source: where, error: `no string field "${options.textField}" (set it with --text-field)` };
  }
  const long = tooLong(text.length, options.maxChars);
  if (long) return { source: where, error: long };
  const id = field(obj, options.idField);
  const date = field(obj, options.dateField);
  return {
    article: {
      id: typeof id === 'string' || typeof id === 'number' ? String(id) : where,
      source: where,
      text,
      publishedAt: typeof date === 'string' ? date : null,
      fromJsonl: true,
      warnings: [],
    },
  };
}
