// Rule future-after: "a call between A and B may take place": not held.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('future-after', () => {
  it("rejects \"may take place\"", () => {
    expect(callsIn('A phone conversation between Roth and Mendes may take place on Friday.', [ROTH, MENDES])).toEqual([]);
  });
});
