// Rule host-verb: "X received Y", "X hosted Y", "X welcomed Y", "Y was received by X" report a host
// and a guest meeting in person (CAMEO 043); veto host-verb-without-guest drops the verbs when no
// guest is named right after them ("received a call", "welcomed the decision", "hosted talks").
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('host-verb', () => {
  it('reads "received" with a guest named after it', () => {
    const found = callsIn('Chancellor Anna Roth received Carlos Mendes in Berlin on Tuesday.', [ROTH, MENDES], [{ text: 'Tuesday', value: '2031-05-06' }]);
    expect(found).toEqual([
      { parties: ['Anna Roth', 'Carlos Mendes'], medium: 'in-person', cameo: '043', date: '2031-05-06', rules: ['host-verb', 'object-bare', 'object-people', 'subject-clause', 'cameo-host'] },
    ]);
  });
  it('reads "hosted the visiting ..." and "welcomed ..."', () => {
    const hosted = callsIn('Ken Sato hosted the visiting Carlos Mendes at his official residence.', [SATO, MENDES]);
    const welcomed = callsIn('Anna Roth welcomed Ken Sato to the chancellery.', [ROTH, SATO]);
    expect([...hosted, ...welcomed].map((c) => [c.parties, c.medium, c.cameo])).toEqual([
      [['Ken Sato', 'Carlos Mendes'], 'in-person', '043'],
      [['Anna Roth', 'Ken Sato'], 'in-person', '043'],
    ]);
  });
  it('reads the passive "was received by" with the host after "by"', () => {
    const found = callsIn('Carlos Mendes was received by Ken Sato in Tokyo.', [MENDES, SATO]);
    expect(found.map((c) => [c.parties, c.medium, c.rules.slice(0, 2)])).toEqual([[['Carlos Mendes', 'Ken Sato'], 'in-person', ['host-verb', 'object-passive-host']]]);
  });
  it('reads the passive with a venue before "by"', () => {
    const found = callsIn('Carlos Mendes was received at the Akasaka Palace by Ken Sato on Friday.', [MENDES, SATO]);
    expect(found.map((c) => [c.parties, c.medium, c.rules.slice(0, 2)])).toEqual([[['Carlos Mendes', 'Ken Sato'], 'in-person', ['host-verb', 'object-passive-host']]]);
    expect(callsIn('Carlos Mendes was welcomed in Tokyo by Ken Sato.', [MENDES, SATO]).map((c) => c.parties)).toEqual([['Carlos Mendes', 'Ken Sato']]);
  });
  it('leaves a received call to the call trigger', () => {
    const found = callsIn('Anna Roth received a phone call from Carlos Mendes.', [ROTH, MENDES]);
    expect(found.map((c) => [c.medium, c.rules[0]])).toEqual([['phone', 'phone-call']]);
  });
  it('reads no meeting where the verb names a thing', () => {
    const things = [
      'Anna Roth welcomed the decision by Ken Sato.',
      "Anna Roth welcomed Ken Sato's offer of talks.",
      'Brazil received Japan\'s support for the bid.',
      'Anna Roth received support from Ken Sato.',
    ];
    expect(things.flatMap((t) => callsIn(t, [ROTH, SATO, country('Brazil'), country('Japan')]))).toEqual([]);
  });
});
