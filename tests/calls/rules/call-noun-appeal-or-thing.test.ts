// Rule call-noun-appeal-or-thing: "call for", "call centre": the noun is not a conversation.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('call-noun-appeal-or-thing', () => {
  it("rejects \"a call for calm\"", () => {
    expect(callsIn('Roth issued a call for calm after Mendes left.', [ROTH, MENDES])).toEqual([]);
  });
});
