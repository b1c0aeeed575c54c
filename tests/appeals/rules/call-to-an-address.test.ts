// Veto 'call-to-an-address': "a call on the 3800 block of Elm Street" is a call sent to a place
// (police dispatch), not a call on someone to act.
import { describe, expect, it } from 'vitest';
import { appealsIn, COUNCIL, ROTH } from './helpers.js';

describe('call-to-an-address', () => {
  it('reads nothing for a call on a street address', () => {
    expect(appealsIn('Officer Anna Roth responded to a call on the 1200 block of Maple Street at 2 a.m.', [ROTH])).toEqual([]);
    expect(appealsIn('The Nordic Council took a call on Birch Hollow Drive late Friday.', [COUNCIL])).toEqual([]);
  });

  it('still reads a call on a named party', () => {
    expect(appealsIn('Roth called on the Nordic Council to publish the audit.', [ROTH, COUNCIL]).map((a) => [a.who, a.rules[0]])).toEqual([
      ['Anna Roth', 'call-on'],
    ]);
  });
});
