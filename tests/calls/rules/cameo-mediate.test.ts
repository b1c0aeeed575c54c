// Rule cameo-mediate: a mediated meeting is CAMEO 045.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('cameo-mediate', () => {
  it("codes \"talks mediated by\" 045", () => {
    expect(callsIn('Roth held talks with Mendes mediated by Norway.', [ROTH, MENDES]).map((c) => c.cameo)).toEqual(['045']);
  });
});
