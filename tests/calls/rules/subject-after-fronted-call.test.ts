// Rule subject-after-fronted-call: "During a meeting with Y, X agreed": X is the other party.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('subject-after-fronted-call', () => {
  it("reads a fronted phrase after a time opener", () => {
    const found = callsIn('Earlier in the day, during a meeting with Ken Sato, Roth agreed to extend the loan.', [SATO, ROTH]);
    expect(found.map((c) => [c.parties, c.rules])).toEqual([[['Ken Sato', 'Anna Roth'], ['met', 'object-with', 'object-people', 'subject-after-fronted-call']]]);
  });
  it("reads \"Speaking at the start of talks with Y, X said\"", () => {
    const found = callsIn('Speaking at the start of talks with Ken Sato, Roth said ties were strong.', [SATO, ROTH]);
    expect(found.map((c) => c.parties)).toEqual([['Ken Sato', 'Anna Roth']]);
  });
});
