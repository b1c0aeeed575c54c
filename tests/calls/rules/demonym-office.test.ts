// Rule demonym-office: "the Japanese prime minister": an office named only by its country is that country.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('demonym-office', () => {
  it("reads \"the Japanese prime minister\" with no name after it", () => {
    const found = callsIn('Japan sent a trade envoy. Roth met the Japanese prime minister last week.', [ROTH, country('Japan')]);
    expect(found.map((c) => [c.parties, c.rules[2]])).toEqual([[['Anna Roth', 'Japan'], 'demonym-office']]);
  });
  it("leaves an office followed by a name to the name", () => {
    const found = callsIn('Roth met Japanese Prime Minister Ken Sato.', [ROTH, SATO, country('Japan')]);
    expect(found.map((c) => c.parties)).toEqual([['Anna Roth', 'Ken Sato']]);
  });
});
