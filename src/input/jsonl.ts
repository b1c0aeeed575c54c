// JSON Lines: one article per line, with text and optional date and id fields (names settable).
import { tooLong } from './limits.js';
import type { InputItem, InputOptions } from './types.js';
import { describeError } from '../describe-error.js';
import { calendarDate } from '../document/calendar.js';
import type { Warning } from '../schema.js';

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
  const date = publicationDate(field(obj, options.dateField), options.dateField);
  const url = options.urlField === undefined ? undefined : field(obj, options.urlField);
  return {
    article: {
      id: typeof id === 'string' || typeof id === 'number' ? String(id) : where,
      source: where,
      text,
      publishedAt: date.value,
      ...(typeof url === 'string' && { url }),
      fromJsonl: true,
      warnings: date.warnings,
    },
  };
}

/** The date field, when it holds a calendar date; anything else (a timestamp, "2024-13-45") is warned about and ignored. */
function publicationDate(date: unknown, name: string): { value: string | null; warnings: Warning[] } {
  if (date === undefined || date === null || date === '') return { value: null, warnings: [] };
  if (typeof date === 'string' && calendarDate(date)) return { value: date, warnings: [] };
  const message = `the "${name}" field (${JSON.stringify(date).slice(0, 40)}) is not a date in the form YYYY-MM-DD; ignored`;
  return { value: null, warnings: [{ code: 'invalid-date', message }] };
}
