// Rule counterpart-state: "his Japanese counterpart": the other party is that state.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('counterpart-state', () => {
  it("reads \"his Japanese counterpart\"", () => {
    const found = callsIn('Mendes met his Japanese counterpart in Osaka, where Japan hosts the fair.', [MENDES, country('Japan')]);
    expect(found.map((c) => [c.parties, c.rules[2]])).toEqual([[['Carlos Mendes', 'Japan'], 'counterpart-state']]);
  });
  it('lets the state stand in for the counterpart when the story names it nowhere else', () => {
    const found = callsIn('Carlos Mendes held a phone call with his Japanese counterpart on Sunday.', [MENDES]);
    expect(found.map((c) => [c.parties, c.medium, c.rules])).toEqual([
      [['Carlos Mendes', 'Japan'], 'phone', ['phone-call', 'object-with', 'counterpart-state', 'subject-clause', 'cameo-remote', 'unnamed-office-state']],
    ]);
  });
});
