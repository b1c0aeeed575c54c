export const FORMATS = ['json', 'ndjson', 'table', 'csv', 'md'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * Turns records into output text as they arrive, so a batch streams: `record` returns what to
 * write for one document, given its record as compact JSON (what worker threads hand back, so JSON
 * output never rebuilds the objects), and `end` what closes the output.
 */
export interface Formatter {
  record(json: string): string;
  end(): string;
}

export interface FormatOptions {
  color: boolean;
}
