// Rule urge-verb: "urge", "urged", "implored": an appeal by the clause subject.
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, COUNCIL, MENDES, ROTH } from './helpers.js';

describe('urge-verb', () => {
  it("reads \"urged X to\"", () => {
    expect(appealsIn('Roth urged the rebels to lay down their arms.', [ROTH])).toEqual([
      { who: 'Anna Roth', demand: 'the rebels to lay down their arms', rules: ['urge-verb', 'agent-clause-subject'] },
    ]);
  });
  it("rejects a negated appeal", () => {
    expect(appealsIn('Roth did not urge the rebels to disarm.', [ROTH])).toEqual([]);
  });
});
