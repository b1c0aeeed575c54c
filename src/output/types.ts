import type { DocumentRecord } from '../schema.js';

export const FORMATS = ['json', 'ndjson', 'table', 'csv', 'md'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * Turns records into output text as they arrive, so a batch streams: `record` returns what to
 * write for one document, `end` what closes the output.
 */
export interface Formatter {
  record(record: DocumentRecord): string;
  end(): string;
}

export interface FormatOptions {
  color: boolean;
}
