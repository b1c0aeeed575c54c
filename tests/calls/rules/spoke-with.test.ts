// Rule spoke-with: "spoke with/to", "talked with": a conversation.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('spoke-with', () => {
  it("reads \"spoke with\" and its medium cue", () => {
    const found = callsIn('Roth spoke with Mendes by phone.', [ROTH, MENDES]);
    expect(found.map((c) => [c.parties, c.medium, c.cameo, c.rules[0]])).toEqual([[['Anna Roth', 'Carlos Mendes'], 'phone', '041', 'spoke-with']]);
  });
  it("leaves \"spoke at a rally\" alone", () => {
    expect(callsIn('Roth spoke at a rally in Bremen as Mendes watched.', [ROTH, MENDES])).toEqual([]);
  });
});
