// Tests that read the shared corpora skip cleanly when ../shared is absent (a bare clone).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const SHARED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared');
export const hasShared = existsSync(path.join(SHARED_DIR, 'corpora'));
export function sharedPath(...parts: string[]): string {
  return path.join(SHARED_DIR, ...parts);
}
