// A path that exists but cannot be looked at is reported for what it is, not as missing.
import * as fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

vi.mock('node:fs', async (original) => {
  const real = await original<typeof fs>();
  const statSync = ((file: string, ...rest: unknown[]) => {
    if (String(file).endsWith('locked.txt')) throw Object.assign(new Error(`EACCES: permission denied, stat '${file}'`), { code: 'EACCES' });
    return (real.statSync as (...a: unknown[]) => fs.Stats)(file, ...rest);
  }) as typeof fs.statSync;
  return { ...real, statSync, default: { ...real, statSync } };
});

const { resolvePaths } = await import('../../src/input/paths.js');

describe('resolvePaths', () => {
  it('reports a path it may not look at as permission denied (root cannot see EACCES, so it is mocked)', async () => {
    expect(await resolvePaths(['secret/locked.txt'])).toEqual([{ kind: 'missing', path: 'secret/locked.txt', problem: 'permission denied' }]);
  });
});
