// Rule convened-session: a session a body convenes is not a meeting between parties.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('convened-session', () => {
  it("rejects \"convened an emergency meeting\"", () => {
    expect(callsIn('Brazil convened an emergency meeting with Japan absent.', [country('Brazil'), country('Japan')])).toEqual([]);
  });
});
