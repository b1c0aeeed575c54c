// Rule back-reference: "the call", "their meeting" point back at the parties of the call last
// reported; "since their meeting", "after their previous call" is an earlier call of its own.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH } from './helpers.js';

describe('back-reference', () => {
  it('reads "since their meeting" as an earlier call', () => {
    const found = callsIn(
      'Roth spoke with Mendes by phone on Tuesday. It was the first conversation since their meeting in Oslo on April 2.',
      [ROTH, MENDES],
      [
        { text: 'Tuesday', value: '2031-05-06' },
        { text: 'April 2', value: '2031-04-02' },
      ],
    );
    expect(found.map((c) => [c.parties, c.medium, c.date, c.rules.at(-1)])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], 'phone', '2031-05-06', 'merge-reports'],
      [['Anna Roth', 'Carlos Mendes'], 'in-person', '2031-04-02', 'back-reference'],
    ]);
  });
});
