import type { DateFinding, ExtractContext } from '../context.js';

export function extractDates(_ctx: ExtractContext): DateFinding[] {
  return [];
}
