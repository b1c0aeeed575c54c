// Rule passive-by-agent: a passive appeal verb with "by" and a party after it is that party's
// appeal ("were urged by Roth to leave"); a passive with no agent is no appeal.
import { describe, expect, it } from 'vitest';
import { appealsIn, COUNCIL, MENDES, ROTH } from './helpers.js';

describe('passive-by-agent', () => {
  it('reads "were urged by X on Tuesday to"', () => {
    const text = 'Residents of the coast were urged by Governor Anna Roth on Tuesday to leave their homes before the storm.';
    expect(appealsIn(text, [ROTH])).toEqual([
      { who: 'Anna Roth', demand: 'leave their homes before the storm', rules: ['urge-verb', 'passive-by-agent'] },
    ]);
  });
  it('reads "were called on by" a body', () => {
    const text = 'The warring sides were called on by the Nordic Council to open the border crossings.';
    expect(appealsIn(text, [COUNCIL])).toEqual([
      { who: 'Nordic Council', demand: 'open the border crossings', rules: ['call-on', 'passive-by-agent'] },
    ]);
  });
  it('takes the party right after "by", not one in the demand', () => {
    const text = 'Lawmakers were urged by Roth to meet Mendes.';
    expect(appealsIn(text, [ROTH, MENDES]).map((a) => a.who)).toEqual(['Anna Roth']);
  });
  it('gives no appeal for a passive without an agent', () => {
    expect(appealsIn('Mendes was urged to resign.', [MENDES])).toEqual([]);
  });
});
