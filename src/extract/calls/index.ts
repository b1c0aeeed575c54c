import type { Call } from '../../schema.js';
import type { ExtractContext } from '../context.js';

export function extractCalls(_ctx: ExtractContext): Call[] {
  return [];
}
