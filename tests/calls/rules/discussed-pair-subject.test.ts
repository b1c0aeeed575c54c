// Rules discussed-pair-subject and discussed-by-medium: a readout's "A and B discussed X" names
// the two parties of a talk without a "with" phrase; so does "X discussed Y by telephone".
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH, SATO } from './helpers.js';

describe('discussed-pair-subject', () => {
  it('reads the named pair before "discussed" as the parties', () => {
    const text = 'The chancellery said Chancellor Anna Roth and Brazilian President Carlos Mendes discussed trade on Monday.';
    const found = callsIn(text, [ROTH, MENDES], [{ text: 'Monday', value: '2031-05-05' }]);
    expect(found.map((c) => [c.parties, c.medium, c.date, c.rules.slice(0, 2)])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], 'unspecified', '2031-05-05', ['discussed-with', 'discussed-pair-subject']],
    ]);
  });

  it('reads "A and his counterpart B discussed"', () => {
    const text = 'Roth and her Brazilian counterpart Carlos Mendes discussed the grain corridor.';
    expect(callsIn(text, [ROTH, MENDES]).map((c) => c.parties)).toEqual([['Anna Roth', 'Carlos Mendes']]);
  });

  it('reads a call word right after "discussed" as its topic, one after "during" as the call', () => {
    const text = 'Roth and Mendes discussed the stalled negotiations.';
    expect(callsIn(text, [ROTH, MENDES]).map((c) => [c.parties, c.rules[1]])).toEqual([[['Anna Roth', 'Carlos Mendes'], 'discussed-pair-subject']]);
    const during = 'Roth and Mendes discussed debt relief during a phone call.';
    expect(callsIn(during, [ROTH, MENDES]).map((c) => [c.parties, c.medium, c.rules[0]])).toEqual([[['Anna Roth', 'Carlos Mendes'], 'phone', 'phone-call']]);
  });

  it('reads no call from one name before "discussed"', () => {
    expect(callsIn('Roth discussed the plan, and Sato praised it.', [ROTH, SATO])).toEqual([]);
  });
});

describe('discussed-by-medium', () => {
  it('takes "discussed X by telephone" as a phone call of the pair', () => {
    const text = 'According to a readout, Roth and Mendes discussed energy by telephone.';
    expect(callsIn(text, [ROTH, MENDES]).map((c) => [c.parties, c.medium, c.rules.slice(0, 2)])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], 'phone', ['discussed-with', 'discussed-by-medium']],
    ]);
  });
});
