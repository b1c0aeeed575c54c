// Rule lead-call-article-day: an undated call the lead reports in the past tense took place on the
// story's own day — its publication date, else the day its first sentence names. The test
// reference day (2031-05-07) is given from outside and is no publication date.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH } from './helpers.js';

describe('lead-call-article-day', () => {
  it('dates a past-tense lead call by the publication date', () => {
    const found = callsIn('Published May 6, 2031\nRoth spoke with Mendes by telephone about grain exports.', [ROTH, MENDES]);
    expect(found.map((c) => [c.parties, c.date, c.rules.at(-1)])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], '2031-05-06', 'lead-call-article-day'],
    ]);
  });
  it("takes the day the story's first sentence names when no publication date is given", () => {
    const text =
      'On May 5, Roth arrived in Lisbon for her first visit since taking office. ' +
      'Speaking at the start of talks with Mendes at the palace, Roth praised the new rail link.';
    const found = callsIn(text, [ROTH, MENDES], [{ text: 'May 5', value: '2031-05-05' }]);
    expect(found.map((c) => [c.parties, c.date, c.rules.at(-1)])).toEqual([
      [['Carlos Mendes', 'Anna Roth'], '2031-05-05', 'lead-call-article-day'],
    ]);
  });
  it('leaves a lead call in the present tense undated', () => {
    const found = callsIn('Published May 6, 2031\nRoth is holding talks with Mendes in Lisbon.', [ROTH, MENDES]);
    expect(found.map((c) => [c.parties, c.date])).toEqual([[['Anna Roth', 'Carlos Mendes'], null]]);
  });
  it('leaves a call after the lead undated', () => {
    const text =
      'Published May 6, 2031\nThe port strike entered its third week on the coast. ' +
      'Dock workers blocked the main gates again. Freight rates rose sharply across the region. ' +
      'Shipping firms diverted cargo to the northern ports. Roth spoke with Mendes by telephone.';
    const found = callsIn(text, [ROTH, MENDES]);
    expect(found.map((c) => [c.parties, c.date])).toEqual([[['Anna Roth', 'Carlos Mendes'], null]]);
  });
});
