// Rule counterpart-state: "his Japanese counterpart": the other party is that state.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('counterpart-state', () => {
  it("reads \"his Japanese counterpart\"", () => {
    const found = callsIn('Mendes met his Japanese counterpart in Osaka, where Japan hosts the fair.', [MENDES, country('Japan')]);
    expect(found.map((c) => [c.parties, c.rules[2]])).toEqual([[['Carlos Mendes', 'Japan'], 'counterpart-state']]);
  });
});
