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

describe('planned-or-modal: the month May', () => {
  it('does not read "a May 3 call" as a modal', () => {
    const found = callsIn('Roth spoke with Mendes in a May 3 phone call.', [ROTH, MENDES], [{ text: 'May 3', value: '2031-05-03' }]);
    expect(found.map((c) => [c.parties, c.date])).toEqual([[['Anna Roth', 'Carlos Mendes'], '2031-05-03']]);
  });
});
