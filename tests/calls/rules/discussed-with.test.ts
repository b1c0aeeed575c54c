// Rule 'discussed-with': "X discussed Y with Z" reports a talk between X and Z; without a party
// after "with" in the clause, "discussed" is no call.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH } from './helpers.js';

describe('discussed-with', () => {
  it('reads the party after "with" past the topic', () => {
    const found = callsIn('Roth discussed the grain corridor with Mendes on Tuesday.', [ROTH, MENDES]);
    expect(found.map((c) => [c.parties, c.medium, c.cameo, c.rules[0]])).toEqual([[['Anna Roth', 'Carlos Mendes'], 'unspecified', '040', 'discussed-with']]);
  });

  it('takes a medium cue between the topic and the party', () => {
    const found = callsIn('Roth discussed port security by phone with Mendes.', [ROTH, MENDES]);
    expect(found.map((c) => [c.parties, c.medium])).toEqual([[['Anna Roth', 'Carlos Mendes'], 'phone']]);
  });

  it('reads nothing without "with" in the clause', () => {
    expect(callsIn('Roth discussed the plan, and Mendes praised it.', [ROTH, MENDES])).toEqual([]);
    expect(callsIn('The report Roth discussed was written by Mendes.', [ROTH, MENDES])).toEqual([]);
  });
});
