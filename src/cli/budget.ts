// The time budget per document, apart from the batch so the option help can state it without loading the pipeline.
/**
 * Budget per document on worker threads when none is given: generous, it catches only runaways. It
 * grows with the text, about six times what one busy core needs per megabyte, so a long document
 * is never cut off for being long.
 */
export const DEFAULT_TIMEOUT_MS = 120_000;
export const DEFAULT_TIMEOUT_MS_PER_MB = 30_000;
export const defaultBudget = (chars: number): number => DEFAULT_TIMEOUT_MS + Math.round((chars / 1e6) * DEFAULT_TIMEOUT_MS_PER_MB);
