// Rule plural-office-anaphor: "The ministers last met in March" points back at the parties of the
// call just reported; "the ministers of A and B" names whose and is no anaphor.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH } from './helpers.js';

describe('plural-office-anaphor', () => {
  it('gives an earlier meeting the parties of the call reported', () => {
    const found = callsIn('Roth spoke with Mendes by phone on Tuesday. The ministers last met in Lisbon in March.', [ROTH, MENDES], [
      { text: 'Tuesday', value: '2031-05-06' },
      { text: 'March', value: '2031-03' },
    ]);
    expect(found.map((c) => [c.parties, c.medium, c.date, c.rules.at(-1)])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], 'phone', '2031-05-06', 'cameo-remote'],
      [['Anna Roth', 'Carlos Mendes'], 'in-person', null, 'back-reference'],
    ]);
  });

  it('is no anaphor before "of"', () => {
    const found = callsIn('Roth spoke with Mendes by phone on Tuesday. The foreign ministers of the bloc met in Lima in March.', [ROTH, MENDES], [
      { text: 'March', value: '2031-03' },
    ]);
    expect(found.map((c) => c.parties)).toEqual([['Anna Roth', 'Carlos Mendes']]);
  });
});
