// Rule hoped-for: a call hoped for is not a record.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('hoped-for', () => {
  it("rejects \"hopes ... will settle it through talks with\"", () => {
    expect(callsIn('Sato said he hopes Brazil will settle the dispute through talks with Japan.', [SATO, country('Brazil'), country('Japan')])).toEqual([]);
  });
});
