// Rule press-party: a word with a reporter, a station or a newspaper is a press interview, not a call.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH, type CallFacts } from './helpers.js';
import type { ActorSpec } from '../context.js';

const HALE: ActorSpec = { type: 'person', name: 'Dana Hale', forms: ['Dana Hale', 'Hale'] };
const WKRT: ActorSpec = { type: 'organization', name: 'WKRT', forms: ['WKRT'] };
const MET: CallFacts = { parties: ['Anna Roth', 'Carlos Mendes'], medium: 'in-person', cameo: '040', date: null, rules: ['met', 'object-with', 'object-people', 'subject-clause'] };

describe('press-party', () => {
  it('rejects a reporter of a station named after "spoke with"', () => {
    expect(callsIn('Roth spoke with WKRT reporter Dana Hale outside the courthouse.', [ROTH, HALE])).toEqual([]);
  });
  it("rejects a numbered channel's reporter", () => {
    expect(callsIn("Roth talked to Channel 7's Dana Hale after the vigil.", [ROTH, HALE])).toEqual([]);
  });
  it('rejects a station spoken with', () => {
    expect(callsIn('Roth witnessed the crash and spoke with WKRT.', [ROTH, WKRT])).toEqual([]);
  });
  it('rejects a correspondent who talks to someone', () => {
    expect(callsIn('Chief correspondent Dana Hale talks to Carlos Mendes about the budget.', [HALE, MENDES])).toEqual([]);
  });
  it('rejects a newspaper among those who spoke with someone', () => {
    expect(callsIn('WKRT and The Riverton Herald spoke with Carlos Mendes on Monday.', [WKRT, MENDES])).toEqual([]);
  });
  it('keeps a meeting with a name that only looks like a station', () => {
    expect(callsIn('Roth met with Mendes in Kemp Hall.', [ROTH, MENDES])).toEqual([MET]);
  });
});
