// Rule call-on: "called on X to": an appeal.
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, COUNCIL, MENDES, ROTH } from './helpers.js';

describe('call-on', () => {
  it("reads \"called on\"", () => {
    expect(appealsIn('Brazil called on both sides to respect the truce.', [BRAZIL])).toEqual([
      { who: 'Brazil', demand: 'both sides to respect the truce', rules: ['call-on', 'agent-clause-subject'] },
    ]);
  });
});
