// Rule called-naming-or-appeal: "called for", "called him a liar", "so-called": no phone call.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('called-naming-or-appeal', () => {
  it("rejects \"called on\"", () => {
    expect(callsIn('Roth called on Mendes to release the prisoners.', [ROTH, MENDES])).toEqual([]);
  });
});
