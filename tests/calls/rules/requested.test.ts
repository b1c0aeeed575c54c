// Rule requested: a call asked for is not a call held.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('requested', () => {
  it("rejects \"insists on negotiations between\"", () => {
    expect(callsIn('Sato insists on negotiations between Brazil and Japan.', [SATO, country('Brazil'), country('Japan')])).toEqual([]);
  });
  it("rejects \"pushed for talks between\"", () => {
    expect(callsIn('Sato had pushed for talks between Brazil and Japan.', [SATO, country('Brazil'), country('Japan')])).toEqual([]);
  });
});

describe('requested: in a clause an earlier trigger ran into', () => {
  it('rejects "pushed for talks" after "In her call with Y, X"', () => {
    const found = callsIn('In her call with Mendes, Roth pushed for talks between Brazil and Japan.', [ROTH, MENDES, country('Brazil'), country('Japan')]);
    expect(found.map((c) => c.parties)).toEqual([['Carlos Mendes', 'Anna Roth']]);
  });
});
