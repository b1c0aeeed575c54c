// Rule call-noun-on-day: "during a call on Tuesday": "on" before a day times the call rather than
// making "call on" an appeal; "his call on Monday for a truce" stays an appeal.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH } from './helpers.js';

describe('call-noun-on-day', () => {
  it('keeps "a call on Tuesday" a call', () => {
    const found = callsIn('Roth and Mendes discussed the rail project during a call on Tuesday.', [ROTH, MENDES], [{ text: 'Tuesday', value: '2031-05-06' }]);
    expect(found.map((c) => [c.parties, c.medium, c.date])).toEqual([[['Anna Roth', 'Carlos Mendes'], 'phone', '2031-05-06']]);
  });
  it('keeps "his call on Monday for a truce" an appeal', () => {
    const found = callsIn('Roth renewed her call on Monday for a truce between the government and the rebels loyal to Mendes.', [ROTH, MENDES]);
    expect(found).toEqual([]);
  });
});
