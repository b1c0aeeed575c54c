// Rule trip-purpose: "left for talks with": the purpose of a trip, not a meeting held.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('trip-purpose', () => {
  it("rejects \"left on Monday for talks with\"", () => {
    expect(callsIn('Roth left on Monday for talks with Mendes.', [ROTH, MENDES])).toEqual([]);
  });
});
