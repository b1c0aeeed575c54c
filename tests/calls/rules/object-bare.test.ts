// Rule object-bare: the object straight after a transitive verb ("met X").
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('object-bare', () => {
  it("reads \"telephoned X\"", () => {
    const found = callsIn('Roth telephoned Mendes twice.', [ROTH, MENDES]);
    expect(found.map((c) => [c.parties, c.rules[1]])).toEqual([[['Anna Roth', 'Carlos Mendes'], 'object-bare']]);
  });
});

describe('object-bare: the people a body stands for', () => {
  it('reads "addressed the Council leaders via video link" as a call with the body', () => {
    const council = { type: 'organization' as const, name: 'Nordic Council', forms: ['Nordic Council'] };
    const found = callsIn('Roth addressed the assembled Nordic Council leaders via video link.', [ROTH, council]);
    expect(found.map((c) => [c.parties, c.medium])).toEqual([[['Anna Roth', 'Nordic Council'], 'video']]);
  });
});
