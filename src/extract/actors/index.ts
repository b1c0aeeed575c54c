import type { Actor } from '../../schema.js';
import type { ExtractContext } from '../context.js';

export function extractActors(_ctx: ExtractContext): Actor[] {
  return [];
}
