import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

describe('rule relative-period: "last" names the season that has ended, not the one under way', () => {
  it.each([
    ['Floods swept the Tarn valley last spring.', '2026-03-10', ['last spring → DATE 2025-SP']],
    ['Floods swept the Tarn valley last spring.', '2026-07-01', ['last spring → DATE 2026-SP']],
    ['The resort saw few visitors last summer.', '2026-07-15', ['last summer → DATE 2025-SU']],
    ['The resort saw few visitors last summer.', '2026-10-02', ['last summer → DATE 2026-SU']],
    ['Grain prices rose last autumn.', '2026-11-20', ['last autumn → DATE 2025-FA']],
    ['Heavy snow closed the pass last winter.', '2026-12-15', ['last winter → DATE 2025-WI']],
    ['The festival returns next spring.', '2026-03-10', ['next spring → DATE 2027-SP']],
  ])('%s (reference %s)', (text, reference, expected) => {
    expect(summary(text, reference)).toEqual(expected);
  });
});
