// Rule peace-talks-process: "peace talks" name a process unless a party follows.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('peace-talks-process', () => {
  it("rejects \"Roth backs peace talks\"", () => {
    expect(callsIn('Roth and Mendes back peace talks.', [ROTH, MENDES])).toEqual([]);
  });
});
