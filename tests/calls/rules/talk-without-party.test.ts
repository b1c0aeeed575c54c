// Rule talk-without-party: the singular "talk" is a conversation only with a party after it.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('talk-without-party', () => {
  it("rejects \"talk of a deal\"", () => {
    expect(callsIn('Roth dismissed talk of a deal with Mendes.', [ROTH, MENDES])).toEqual([]);
  });
});
