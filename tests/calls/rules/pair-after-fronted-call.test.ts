// Rule pair-after-fronted-call: "In a phone call on Tuesday, A and B discussed ...": the pair that
// opens the main clause held the call the sentence opens on.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH, SATO } from './helpers.js';

describe('pair-after-fronted-call', () => {
  it('takes the two people after the comma', () => {
    const found = callsIn('In a phone call on Tuesday, Chancellor Anna Roth and Brazilian President Carlos Mendes discussed grain exports.', [ROTH, MENDES], [
      { text: 'Tuesday', value: '2031-05-06' },
    ]);
    expect(found.map((c) => [c.parties, c.medium, c.date, c.rules])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], 'phone', '2031-05-06', ['phone-call', 'pair-after-fronted-call', 'cameo-remote']],
    ]);
  });

  it('reads a title whose inner words are in lower case before the first of the pair', () => {
    const found = callsIn('In a call on Tuesday, Federal Minister of Finance Anna Roth and Brazilian President Carlos Mendes agreed to meet.', [ROTH, MENDES], [
      { text: 'Tuesday', value: '2031-05-06' },
    ]);
    expect(found.map((c) => [c.parties, c.medium, c.date, c.rules])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], 'phone', '2031-05-06', ['phone-call', 'pair-after-fronted-call', 'cameo-remote']],
    ]);
  });

  it('leaves "In the call," to the call already reported', () => {
    const found = callsIn('Roth spoke with Sato by phone on Tuesday. In the call, Roth and Mendes were both praised.', [ROTH, SATO, MENDES], [
      { text: 'Tuesday', value: '2031-05-06' },
    ]);
    expect(found.map((c) => c.parties)).toEqual([['Anna Roth', 'Ken Sato']]);
  });

  it('needs the pair to open the main clause', () => {
    const found = callsIn('In a phone call on Tuesday, officials said grain from Roth and Mendes would ship.', [ROTH, MENDES]);
    expect(found).toEqual([]);
  });
});
