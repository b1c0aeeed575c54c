import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../shared.js';
import { summary } from './helpers.js';

describe.skipIf(!hasShared)('the design article', () => {
  it('finds its dates resolved against the header date', () => {
    const text = readFileSync(sharedPath('seeds', '000_d2e8e385f3c37c30.txt'), 'utf8');
    const found = summary(text, null);
    expect(found).toEqual(
      expect.arrayContaining([
        'Tuesday → DATE 2026-03-10',
        'March 6 → DATE 2026-03-06',
        'February 28 → DATE 2026-02-28',
        'this month → DATE 2026-03',
        'recent weeks → DURATION PXW',
        'a day → DURATION P1D',
      ]),
    );
  });
});
