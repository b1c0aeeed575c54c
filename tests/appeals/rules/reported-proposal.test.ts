// Rule reported-proposal: "said X should", "said X needs to": the speaker proposes it; an agreement is not a proposal.
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, COUNCIL, MENDES, ROTH } from './helpers.js';

describe('reported-proposal', () => {
  it("reads \"said that ... needs to\"", () => {
    expect(appealsIn('Roth said that the treaty needs to be renewed.', [ROTH]).map((a) => [a.who, a.rules[0]])).toEqual([['Anna Roth', 'reported-proposal']]);
  });
  it("rejects what both sides agreed should happen", () => {
    expect(appealsIn('Roth said the visit went well and agreed that both sides should meet again.', [ROTH])).toEqual([]);
  });
  it('rejects a reproach of what should have happened', () => {
    expect(appealsIn('Roth said the border guards should have stopped the convoy.', [ROTH])).toEqual([]);
    expect(appealsIn('"The visitors were weak and we should have won," Mendes said.', [MENDES])).toEqual([]);
  });
  it("rejects the speaker's own need", () => {
    expect(appealsIn('Roth said I need to see the report before the vote, quoting her aide.', [ROTH])).toEqual([]);
    expect(appealsIn('"I need to hear it from the people who were there," Mendes said.', [MENDES])).toEqual([]);
  });
  it('keeps what others should do', () => {
    expect(appealsIn('"The ministry should publish the report," Mendes said.', [MENDES]).map((a) => a.demand)).toEqual(['The ministry should publish the report']);
  });
});
