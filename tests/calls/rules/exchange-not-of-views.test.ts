// Rule exchange-not-of-views: "exchange" is a call only when it points back at one.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('exchange-not-of-views', () => {
  it("rejects \"an exchange of prisoners\"", () => {
    expect(callsIn('Roth praised an exchange of prisoners with Mendes.', [ROTH, MENDES])).toEqual([]);
  });
});
