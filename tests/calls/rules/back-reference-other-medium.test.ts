// Rule back-reference-other-medium: "The two leaders had met in Z" after a phone call is a meeting
// of its own between the same parties; "the talks" and "the conversation" still name the call again.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH } from './helpers.js';

const MONDAY_SUNDAY = [
  { text: 'Monday', value: '2031-05-05' },
  { text: 'Sunday', value: '2031-05-04' },
];

describe('back-reference-other-medium', () => {
  it('keeps a meeting of the pair apart from their phone call', () => {
    const text = 'Roth spoke by phone with Mendes on Monday. The two leaders had met in Lisbon on Sunday.';
    expect(callsIn(text, [ROTH, MENDES], MONDAY_SUNDAY).map((c) => [c.parties, c.medium, c.date, c.rules.at(-1)])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], 'phone', '2031-05-05', 'cameo-remote'],
      [['Anna Roth', 'Carlos Mendes'], 'in-person', '2031-05-04', 'back-reference-other-medium'],
    ]);
  });

  it('folds "the talks" into the call it points back at', () => {
    const text = 'Roth spoke by phone with Mendes on Monday. In the talks, which lasted an hour, the two leaders agreed to meet.';
    expect(callsIn(text, [ROTH, MENDES], [{ text: 'Monday', value: '2031-05-05' }]).map((c) => [c.parties, c.medium, c.date])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], 'phone', '2031-05-05'],
    ]);
  });
});
