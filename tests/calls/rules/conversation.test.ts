// Rule conversation: conversations, discussions, consultations (CAMEO 040 unless a refiner says more).
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('conversation', () => {
  it("reads \"had consultations with\"", () => {
    const found = callsIn('Roth had consultations with Mendes in Lisbon.', [ROTH, MENDES]);
    expect(found.map((c) => [c.parties, c.cameo, c.rules[0]])).toEqual([[['Anna Roth', 'Carlos Mendes'], '040', 'conversation']]);
  });
});
