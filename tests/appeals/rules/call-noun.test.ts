// Rules call-owner and call-noun-governed: "call" as a noun. The owner of "X's call for" appeals;
// the verb governing "calls for" decides whether its subject does ("renewed", "joined": yes;
// "rejected", "dismissed": no).
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, COUNCIL, MENDES, ROTH } from './helpers.js';

describe('call-owner', () => {
  it("reads the owner of \"X's call for\" whoever backs it", () => {
    expect(appealsIn("Roth backed Brazil's call for a regional summit on Friday.", [ROTH, BRAZIL])).toEqual([
      { who: 'Brazil', demand: 'a regional summit on Friday', rules: ['call-for', 'call-owner'] },
    ]);
  });
  it('reads the owner of a call that is rejected', () => {
    expect(appealsIn("Mendes's calls on the Nordic Council to lift the quotas were rejected.", [MENDES, COUNCIL]).map((a) => [a.who, a.rules])).toEqual([
      ['Carlos Mendes', ['call-on', 'call-owner']],
    ]);
  });
  it("reads the owner of \"X's demands\"", () => {
    expect(appealsIn("Roth turned down Brazil's demands for a new vote.", [ROTH, BRAZIL]).map((a) => [a.who, a.rules])).toEqual([
      ['Brazil', ['demand-verb', 'call-owner']],
    ]);
  });
  it('reads "the call by X for"', () => {
    expect(appealsIn('Roth welcomed the call by Brazil for new talks.', [ROTH, BRAZIL]).map((a) => [a.who, a.rules])).toEqual([
      ['Brazil', ['calls-by', 'agent-by-phrase']],
    ]);
  });
});

describe('call-noun-governed', () => {
  it('reads no appeal by a subject who rejected calls', () => {
    expect(appealsIn('Roth on Monday rejected calls for an early election.', [ROTH])).toEqual([]);
  });
  it('reads no appeal by a subject who dismissed international calls', () => {
    expect(appealsIn('The Nordic Council dismissed international calls for restraint.', [COUNCIL])).toEqual([]);
  });
  it('reads no appeal by a subject who rebuffed demands with a proper adjective', () => {
    expect(appealsIn('Roth rebuffed Brazilian demands for a recount.', [ROTH])).toEqual([]);
  });
  it('reads no appeal in "dismissed renewed calls": the farthest verb governs', () => {
    expect(appealsIn('Mendes dismissed renewed calls for his resignation.', [MENDES])).toEqual([]);
  });
  it('reads an appeal by a subject who renewed his call', () => {
    expect(appealsIn('Mendes renewed his call for a ceasefire on Sunday.', [MENDES])).toEqual([
      { who: 'Carlos Mendes', demand: 'a ceasefire on Sunday', rules: ['call-for', 'agent-clause-subject'] },
    ]);
  });
  it('reads an appeal by a subject who joined calls', () => {
    expect(appealsIn('Brazil on Thursday joined calls for an independent inquiry.', [BRAZIL]).map((a) => a.who)).toEqual(['Brazil']);
  });
  it('reads "the council calls for" as a subject and its verb', () => {
    expect(appealsIn('In its report, the Nordic Council calls for lower fishing quotas.', [COUNCIL]).map((a) => a.who)).toEqual(['Nordic Council']);
  });
  it('reads an infinitive as a verb, not a noun', () => {
    expect(appealsIn('The Nordic Council is threatening to push for new quotas.', [COUNCIL]).map((a) => a.who)).toEqual(['Nordic Council']);
  });
  it('reads no appeal in a call no one is said to make', () => {
    expect(appealsIn('Roth was responding to a call for help.', [ROTH])).toEqual([]);
    expect(appealsIn('The Nordic Council answered a 112 call for an ambulance.', [COUNCIL])).toEqual([]);
  });
});
