// Rule object-bare: the object straight after a transitive verb ("met X").
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('object-bare', () => {
  it("reads \"telephoned X\"", () => {
    const found = callsIn('Roth telephoned Mendes twice.', [ROTH, MENDES]);
    expect(found.map((c) => [c.parties, c.rules[1]])).toEqual([[['Anna Roth', 'Carlos Mendes'], 'object-bare']]);
  });
});
