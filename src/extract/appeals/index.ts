import type { Appeal } from '../../schema.js';
import type { ExtractContext } from '../context.js';

export function extractAppeals(_ctx: ExtractContext): Appeal[] {
  return [];
}
