// Rule courtesy-call-from: "X received a courtesy call from Y": the visitor follows "from"; the
// host and the visitor met in person.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH } from './helpers.js';

describe('courtesy-call-from', () => {
  it('reads the visitor after "from"', () => {
    const found = callsIn('President Carlos Mendes received a courtesy call from Foreign Minister Anna Roth at the palace on Tuesday.', [ROTH, MENDES], [
      { text: 'Tuesday', value: '2031-05-06' },
    ]);
    expect(found.map((c) => [c.parties, c.medium, c.date])).toEqual([[['Carlos Mendes', 'Anna Roth'], 'in-person', '2031-05-06']]);
  });
});
