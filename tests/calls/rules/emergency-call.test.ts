// Rule emergency-call: a call to 911, to dispatchers or between someone and the police is a call for help, not a call between parties.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH } from './helpers.js';
import type { ActorSpec } from '../context.js';

const POLICE: ActorSpec = { type: 'organization', name: 'Riverton Police Department', forms: ['Riverton Police Department'] };

describe('emergency-call', () => {
  it('rejects a call to 911', () => {
    expect(callsIn('Roth called 911 after her neighbor, Carlos Mendes, was shot.', [ROTH, MENDES])).toEqual([]);
  });
  it('rejects a call the police received', () => {
    expect(callsIn('The Riverton Police Department received a call from Mendes at 9:40 p.m.', [POLICE, MENDES])).toEqual([]);
  });
  it('keeps a telephone call between two people', () => {
    expect(callsIn('Roth called Mendes on Monday.', [ROTH, MENDES]).map((c) => c.parties)).toEqual([['Anna Roth', 'Carlos Mendes']]);
  });
});
