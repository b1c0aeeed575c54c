// Rule agent-quoted-speaker: a first-person appeal inside a quotation is the speaker's, named with
// the speech verb after the quote closes or before it opens.
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, COUNCIL, MENDES, ROTH } from './helpers.js';

describe('agent-quoted-speaker', () => {
  it('takes the speaker named after the closing quote', () => {
    const text = '"We call on both sides to return to the table," Nordic Council envoy Anna Roth told reporters.';
    expect(appealsIn(text, [ROTH, COUNCIL])).toEqual([
      { who: 'Anna Roth', demand: 'both sides to return to the table', rules: ['call-on', 'agent-quoted-speaker'] },
    ]);
  });
  it('takes the speaker after "said" and a country as speaker', () => {
    const said = appealsIn('"I urge the council to act now," said Carlos Mendes.', [MENDES, COUNCIL]);
    const country = appealsIn('"We are demanding that the strikes stop," Brazil said in a note to the council.', [BRAZIL, COUNCIL]);
    expect([...said, ...country].map((a) => [a.who, a.rules[1]])).toEqual([
      ['Carlos Mendes', 'agent-quoted-speaker'],
      ['Brazil', 'agent-quoted-speaker'],
    ]);
  });
  it('takes the speaker named before the quote opens, across the quote\'s sentences', () => {
    const text = 'Roth said: "The talks have stalled. We urge Brazil to send a new team."';
    expect(appealsIn(text, [ROTH, BRAZIL]).map((a) => [a.who, a.rules[1]])).toEqual([['Anna Roth', 'agent-quoted-speaker']]);
  });
  it('reads no appeal in a past act the speaker tells of', () => {
    expect(appealsIn('"I called for help and nobody came," Carlos Mendes said.', [MENDES])).toEqual([]);
  });
  it('leaves a quoted appeal in the third person to its own subject', () => {
    const text = '"Brazil urged the council to act," Roth said.';
    expect(appealsIn(text, [ROTH, BRAZIL, COUNCIL]).map((a) => [a.who, a.rules[1]])).toEqual([['Brazil', 'agent-clause-subject']]);
  });
});
