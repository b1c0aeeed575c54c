// Rule calls-by: "calls by X to": the appeal is the by-phrase party's.
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, COUNCIL, MENDES, ROTH } from './helpers.js';

describe('calls-by', () => {
  it("reads \"calls from the Council\"", () => {
    expect(appealsIn('Roth ignored calls from the Nordic Council to resign.', [ROTH, COUNCIL]).map((a) => [a.who, a.rules])).toEqual([
      ['Nordic Council', ['calls-by', 'agent-by-phrase']],
    ]);
  });
});
