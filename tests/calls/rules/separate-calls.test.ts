// "his Turkish and Iranian counterparts, A and B" and "In separate calls with A and B, X ...": one
// call between the subject and each party named.
import { describe, expect, it } from 'vitest';
import type { ActorSpec } from '../context.js';
import { callsIn, MENDES, ROTH, SATO } from './helpers.js';

const LEE: ActorSpec = { type: 'person', name: 'Mi-ja Lee', forms: ['Mi-ja Lee', 'Lee'], country: 'South Korea' };

describe('counterparts named after the offices', () => {
  it('reads the names in apposition after "counterparts," as the parties', () => {
    const found = callsIn('Roth held separate calls with her Brazilian and Japanese counterparts, Mendes and Sato, the ministry said.', [ROTH, MENDES, SATO]);
    expect(found.map((c) => [c.parties, c.rules.slice(0, 4)])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], ['phone-call', 'object-with', 'object-people', 'subject-clause']],
      [['Anna Roth', 'Ken Sato'], ['phone-call', 'object-with', 'object-people', 'subject-clause']],
    ]);
  });
});

describe('fronted separate calls', () => {
  it('gives the main clause subject one call with each party of the fronted list', () => {
    const found = callsIn('In separate calls with Mendes and Sato, Roth discussed the grain corridor.', [ROTH, MENDES, SATO]);
    expect(found.map((c) => [c.parties, c.rules.slice(0, 4)])).toEqual([
      [['Carlos Mendes', 'Anna Roth'], ['phone-call', 'object-with', 'object-people', 'subject-after-fronted-call']],
      [['Ken Sato', 'Anna Roth'], ['phone-call', 'object-with', 'object-people', 'subject-after-fronted-call']],
    ]);
  });

  it('does not hand a fronted list with its own subject to the host of talks reported before', () => {
    const text = 'Mendes held talks with several ministers on Monday. In separate calls with Roth and Sato, Lee discussed the plan.';
    expect(callsIn(text, [ROTH, MENDES, SATO, LEE]).map((c) => c.parties)).toEqual([
      ['Anna Roth', 'Mi-ja Lee'],
      ['Ken Sato', 'Mi-ja Lee'],
    ]);
  });

  it('still gives a fronted list told with "he" to that host', () => {
    const text = 'Mendes held talks with several ministers on Monday. In separate meetings with Roth and Sato, he pressed for a deal.';
    expect(callsIn(text, [ROTH, MENDES, SATO]).map((c) => c.parties)).toEqual([
      ['Carlos Mendes', 'Anna Roth'],
      ['Carlos Mendes', 'Ken Sato'],
    ]);
  });
});
