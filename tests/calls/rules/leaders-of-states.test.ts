// Rule leaders-of-states: "the leaders of A, B and C": the states.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('leaders-of-states', () => {
  it("gives one call per state", () => {
    const found = callsIn('Roth called the leaders of Brazil and Japan on Sunday.', [ROTH, country('Brazil'), country('Japan')]);
    expect(found.map((c) => c.parties)).toEqual([['Anna Roth', 'Brazil'], ['Anna Roth', 'Japan']]);
  });
});

describe('leaders-of-states: ministers named by their states', () => {
  it('gives one call per state for "the foreign ministers of A and B"', () => {
    const found = callsIn('Roth phoned the foreign ministers of Brazil and Japan on Sunday.', [ROTH, country('Brazil'), country('Japan')]);
    expect(found.map((c) => [c.parties, c.rules])).toEqual([
      [['Anna Roth', 'Brazil'], ['phone-verb', 'object-bare', 'leaders-of-states', 'subject-clause', 'cameo-remote']],
      [['Anna Roth', 'Japan'], ['phone-verb', 'object-bare', 'leaders-of-states', 'subject-clause', 'cameo-remote']],
    ]);
  });
});
