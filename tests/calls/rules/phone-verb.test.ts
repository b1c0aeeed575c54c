// Rule phone-verb: "called", "phoned", "dialed": the subject phoned the object.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('phone-verb', () => {
  it("reads \"dialed\" with a bare object", () => {
    const found = callsIn('Hours later Mendes dialed Ken Sato to discuss the harbour dispute.', [MENDES, SATO]);
    expect(found).toEqual([{ parties: ['Carlos Mendes', 'Ken Sato'], medium: 'phone', cameo: '041', date: null, rules: ['phone-verb', 'object-bare', 'object-people', 'subject-clause', 'cameo-remote'] }]);
  });
});
