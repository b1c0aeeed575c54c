// Rule met: "met", "meeting": an in-person meeting.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('met', () => {
  it("reads \"met\" with a bare object", () => {
    const found = callsIn('Roth met Mendes in Hamburg on Tuesday.', [ROTH, MENDES], [{ text: 'Tuesday', value: '2031-05-06' }]);
    expect(found).toEqual([{ parties: ['Anna Roth', 'Carlos Mendes'], medium: 'in-person', cameo: '040', date: '2031-05-06', rules: ['met', 'object-bare', 'object-people', 'subject-clause'] }]);
  });
});
