// Casualties of one text with a fixed reference date, and the (kind, count) pairs the news gold scores.
import { readDocument } from '../../src/document/read.js';
import { createContext, type DateFinding } from '../../src/extract/context.js';
import { extractCasualties } from '../../src/extract/casualties/index.js';
import type { Actor, Casualty } from '../../src/schema.js';

export const REF_DATE = '2024-05-01';

export function casualties(text: string, options: { actors?: Actor[]; dates?: DateFinding[] } = {}): Casualty[] {
  const ctx = createContext(readDocument(text, { refDate: REF_DATE }));
  ctx.actors = options.actors ?? [];
  ctx.dates = options.dates ?? [];
  return extractCasualties(ctx);
}

export const pairs = (found: Casualty[]) => found.map((c) => [c.kind, c.count]);
/** (kind, count) pairs of a text. */
export const figures = (text: string) => pairs(casualties(text));
