// Rule courtesy-call: "paid a courtesy call on Y" is a visit to Y, held in person.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH } from './helpers.js';

describe('courtesy-call', () => {
  it('reads the party after "on"', () => {
    const found = callsIn('Foreign Minister Anna Roth paid a courtesy call on President Carlos Mendes in Brasilia on Tuesday.', [ROTH, MENDES], [
      { text: 'Tuesday', value: '2031-05-06' },
    ]);
    expect(found.map((c) => [c.parties, c.medium, c.cameo, c.date, c.rules])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], 'in-person', '042', '2031-05-06', ['courtesy-call', 'object-call-on', 'object-people', 'subject-clause']],
    ]);
  });

  it('leaves "called on Y to" an appeal', () => {
    expect(callsIn('Roth called on Mendes to release the prisoners.', [ROTH, MENDES])).toEqual([]);
  });
});
