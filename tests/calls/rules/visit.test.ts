// Rule visit: "visited": the subject made a visit (CAMEO 042).
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('visit', () => {
  it("reads \"visited\" with a person as object", () => {
    const found = callsIn('Sato visited Mendes at his ranch on Sunday.', [SATO, MENDES]);
    expect(found.map((c) => [c.parties, c.cameo, c.rules[0]])).toEqual([[['Ken Sato', 'Carlos Mendes'], '042', 'visit']]);
  });
});
