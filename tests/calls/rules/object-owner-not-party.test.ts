// Rule object-owner-not-party: "spoke to Y's mother": the person who owns the one spoken with is no party.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH, SATO } from './helpers.js';
import type { ActorSpec } from '../context.js';

const REEVES: ActorSpec = { type: 'person', name: 'Jamal Reeves', forms: ['Jamal Reeves', 'Reeves'] };

describe('object-owner-not-party', () => {
  it("drops the owner after \"spoke to\"", () => {
    expect(callsIn("Roth spoke to Mendes's mother after the hearing.", [ROTH, MENDES])).toEqual([]);
  });
  it('drops the owner written with a bare apostrophe', () => {
    expect(callsIn("Roth said she had spoken with Reeves' wife and his two sons.", [ROTH, REEVES])).toEqual([]);
  });
  it('keeps the one owned when he is named', () => {
    const calls = callsIn("Roth spoke with Mendes's chief of staff, Ken Sato, on Monday.", [ROTH, MENDES, SATO]);
    expect(calls.map((c) => [c.parties, c.rules])).toEqual([
      [['Anna Roth', 'Ken Sato'], ['spoke-with', 'object-with', 'object-people', 'object-owner-not-party', 'subject-clause']],
    ]);
  });
  it("drops an owner in the subject written with a bare apostrophe", () => {
    expect(callsIn("Reeves' mother spoke with Mendes on Monday.", [REEVES, MENDES])).toEqual([]);
  });
});
