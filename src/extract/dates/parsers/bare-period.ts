// "the year", "the week", "the weekend", "the summer", "year-end": the period the story is in, or the one
// just past when the clause is in the past tense (a weekend, or a season not yet begun this year); "the month" and
// "the decade" only at their edge ("by the end of the month", "by the end of the decade"). "the year ended June 30"
// is a fiscal year: a duration.
import { SEASONS } from '../../../lexicon/day-parts.js';
import { referenceDay, relativePeriod, weekdayIndex } from '../normalize.js';
import { alternation, pattern } from '../patterns.js';
import type { DateParser } from '../types.js';
import { bareSeasonValue } from './season-year.js';

export const barePeriodParser: DateParser = {
  name: 'bare-period',
  pattern: pattern(
    `\\b(?:the\\s+(?:(?:full|fiscal|latest\\s+fiscal)\\s+)?(year|week|weekend|${alternation(Object.keys(SEASONS))})(?!-)|(year[\\s-]end|year's\\s+end)|(?<=\\b(?:end|beginning|start|middle|close)\\s+of\\s+)the\\s+(?<edge>month|decade))\\b(?<ending>\\s+(?:ended|ending|to)\\b)?`,
  ),
  extract(m, ctx) {
    const ref = ctx.reference;
    if (m[2]) return { type: 'DATE', value: relativePeriod(ref, 'Y', 0) };
    const edge = m.groups!.edge?.toLowerCase();
    if (edge) return m.groups!.ending ? null : { type: 'DATE', value: relativePeriod(ref, edge === 'month' ? 'M' : 'E', 0) };
    const period = m[1].toLowerCase();
    const past = ctx.tenseAt(m.index) === 'past';
    if (period === 'year') {
      // "for the year ended Aug. 31": the extent stops before "ended".
      if (m.groups!.ending) return { type: 'DURATION', value: 'P1Y', span: { from: 0, to: m[0].length - m.groups!.ending.length } };
      return { type: 'DATE', value: relativePeriod(ref, 'Y', 0) };
    }
    if (m.groups!.ending) return null;
    // "the fall of communism", "the spring of his career": an event or a figure, not a season; "the weekend of May
    // 18-19" is dated by the days after it.
    if (/^\s+of\b/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
    if (period === 'week') return { type: 'DATE', value: relativePeriod(ref, 'W', 0) };
    if (period === 'weekend') {
      // On a weekday, a weekend told in the past tense is the one just gone.
      const day = referenceDay(ref);
      const offset = past && day && weekdayIndex(day) < 5 ? -1 : 0;
      const week = relativePeriod(ref, 'W', offset);
      return { type: 'DATE', value: week.includes('X') ? week : `${week}-WE` };
    }
    return { type: 'DATE', value: bareSeasonValue(ref, SEASONS[period], ctx.tenseAt(m.index)) };
  },
};
