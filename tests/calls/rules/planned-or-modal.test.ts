// Rule planned-or-modal: planned, expected and modal calls are not records.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('planned-or-modal', () => {
  it("rejects \"preparing for talks with\"", () => {
    expect(callsIn('Roth is preparing for talks with Mendes.', [ROTH, MENDES])).toEqual([]);
  });
  it("rejects \"will hold a meeting with\"", () => {
    expect(callsIn('Roth will hold a meeting with Mendes in June.', [ROTH, MENDES])).toEqual([]);
  });
});
