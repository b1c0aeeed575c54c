// Rule denied: a denied call is not a record.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('denied', () => {
  it("rejects \"denied that ... had spoken with\"", () => {
    expect(callsIn('Roth denied that she had spoken with Mendes.', [ROTH, MENDES])).toEqual([]);
  });
});
