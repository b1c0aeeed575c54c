import type { Casualty } from '../../schema.js';
import type { ExtractContext } from '../context.js';

export function extractCasualties(_ctx: ExtractContext): Casualty[] {
  return [];
}
