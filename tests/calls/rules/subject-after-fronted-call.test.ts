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

describe('subject-after-fronted-call: "Earlier in the day" far from the day named', () => {
  it('dates the meeting by the last day the story named', () => {
    const filler = 'The ministers spoke of grain, of ports, of tariffs and of the weather at sea. '.repeat(8);
    const found = callsIn(`On May 5, Roth arrived in Lisbon. ${filler}Earlier in the day, during a meeting with Mendes, Roth agreed to extend the pact.`, [ROTH, MENDES], [
      { text: 'May 5', value: '2031-05-05' },
    ]);
    expect(found.map((c) => [c.parties, c.date])).toEqual([[['Carlos Mendes', 'Anna Roth'], '2031-05-05']]);
  });
});

describe('subject-after-fronted-call: the first sentence, after its dateline', () => {
  it('reads "LISBON, May 5 (Reuters) - In a phone call with Y, X urged"', () => {
    const found = callsIn('LISBON, May 5 (Reuters) - In a phone call with Ken Sato, Roth urged restraint.', [SATO, ROTH]);
    expect(found.map((c) => [c.parties, c.medium, c.rules.slice(0, 4)])).toEqual([
      [['Ken Sato', 'Anna Roth'], 'phone', ['phone-call', 'object-with', 'object-people', 'subject-after-fronted-call']],
    ]);
  });
});

describe('subject-after-fronted-call: a plural call noun with no determiner', () => {
  it('reads "After talks with Y on Monday, X said"', () => {
    const found = callsIn('After talks with Ken Sato on Monday, Roth said the two sides would keep in touch.', [SATO, ROTH]);
    expect(found.map((c) => [c.parties, c.rules])).toEqual([[['Ken Sato', 'Anna Roth'], ['talks', 'object-with', 'object-people', 'subject-after-fronted-call']]]);
  });
});
