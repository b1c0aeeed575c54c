// Rule vague-call-time: a time in the call's clause that names no day ("last week", "in recent
// days", "over the weekend") is the call's own: neither the story's day nor a day before the
// trigger that times the report ("said on Monday") dates it.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH } from './helpers.js';

describe('vague-call-time', () => {
  it('gives a lead call dated "last week" no day', () => {
    const found = callsIn('Published May 6, 2031\nRoth spoke with Mendes by telephone last week about grain exports.', [ROTH, MENDES], [
      { text: 'last week', value: '2031-W18' },
    ]);
    expect(found.map((c) => [c.parties, c.date, c.rules.includes('lead-call-article-day')])).toEqual([[['Anna Roth', 'Carlos Mendes'], null, false]]);
  });
  it('reads "in recent days" as no day', () => {
    const found = callsIn('Published May 6, 2031\nRoth said she had spoken with Mendes in recent days.', [ROTH, MENDES], [
      { text: 'recent days', value: 'PXD' },
    ]);
    expect(found.map((c) => c.date)).toEqual([null]);
  });
  it('does not date a weekend call by the day of the report', () => {
    const found = callsIn('Roth said on Monday she had a long call with Mendes over the weekend.', [ROTH, MENDES], [
      { text: 'Monday', value: '2031-05-05' },
      { text: 'the weekend', value: '2031-W18-WE' },
    ]);
    expect(found.map((c) => [c.parties, c.date])).toEqual([[['Anna Roth', 'Carlos Mendes'], null]]);
  });
  it('still dates a lead call with no time of its own', () => {
    const found = callsIn('Published May 6, 2031\nRoth spoke with Mendes by telephone about grain exports.', [ROTH, MENDES]);
    expect(found.map((c) => c.date)).toEqual(['2031-05-06']);
  });
});
