// Rule cameo-remote: a phone or video call is CAMEO 041.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('cameo-remote', () => {
  it("codes a meeting held by phone 041", () => {
    expect(callsIn('Roth held talks with Mendes by telephone.', [ROTH, MENDES]).map((c) => [c.medium, c.cameo])).toEqual([['phone', '041']]);
  });
});
