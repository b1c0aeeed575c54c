// Runs the date extractor on a sentence with a fixed reference date (Tuesday 10 March 2026 unless given).
import { readDocument } from '../../src/document/read.js';
import { createContext } from '../../src/extract/context.js';
import { extractDates } from '../../src/extract/dates/index.js';
import type { DateFinding } from '../../src/extract/context.js';

export const REFERENCE = '2026-03-10';

export function findDates(text: string, refDate: string | null = REFERENCE): DateFinding[] {
  return extractDates(createContext(readDocument(text, { refDate })));
}

/** "text → TYPE value" for each mention, the shape most assertions compare. */
export function summary(text: string, refDate: string | null = REFERENCE): string[] {
  return findDates(text, refDate).map((d) => `${d.text} → ${d.type} ${d.value}`);
}
