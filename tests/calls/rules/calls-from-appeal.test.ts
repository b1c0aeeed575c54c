// Rule calls-from-appeal: "calls from X for Y" are appeals.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('calls-from-appeal', () => {
  it("rejects \"calls from Mendes\"", () => {
    expect(callsIn('Roth rejected calls from Mendes to resign.', [ROTH, MENDES])).toEqual([]);
  });
});
