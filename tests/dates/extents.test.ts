import { describe, expect, it } from 'vitest';
import { findDates, summary } from './helpers.js';

describe('TimeML extents', () => {
  it('keeps prepositions out of the span', () => {
    const text = 'The leaders spoke on Tuesday and again in March.';
    const found = findDates(text);
    expect(found.map((d) => d.text)).toEqual(['Tuesday', 'March']);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it('returns mentions sorted by start, never overlapping', () => {
    const found = findDates('Last Friday night, two days after the vote, the council met for three hours; on March 2 it met again.');
    for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
    expect(found.map((d) => d.text)).toEqual(['Last Friday night', 'two days', 'three hours', 'March 2']);
  });

  it('skips the stored-page header date', () => {
    const text = ' date 2026-03-10 Summary Ministers met on Monday.';
    expect(summary(text, null)).toEqual(['Monday → DATE 2026-03-09']);
  });

  it('keeps the article of a numbered duration but not of a compound adjective', () => {
    expect(summary('Sales dipped in the six months to June.')).toContain('the six months → DURATION P6M');
    expect(summary('He signed a two-year deal.')).toEqual(['two-year → DURATION P2Y']);
  });

  it('keeps "over" as "more than" before a single unit, and out as a preposition', () => {
    expect(summary('The blockade held for over a week.')).toContain('over a week → DURATION P1W');
    expect(summary('Prices rose over three years.')).toEqual(['three years → DURATION P3Y']);
  });

  it('leaves "about" outside a duration or a time, as TimeBank does', () => {
    expect(summary('The talks lasted about three hours.')).toEqual(['three hours → DURATION PT3H']);
  });

  it('leaves a comparative ("earlier", "later") outside a weekday, keeps "early" and "late"', () => {
    expect(summary('Earlier Friday, the minister met the envoy.', '2026-03-13')).toEqual(['Friday → DATE 2026-03-13']);
    expect(summary('Late Monday the talks broke down.', '2026-03-13')).toEqual(['Late Monday → DATE 2026-03-09']);
  });
});

describe('"this" before "past" or "coming" (attach-modifiers)', () => {
  it('is part of the mention', () => {
    expect(summary('Two people were shot this past weekend.')).toEqual(['this past weekend → DATE 2026-W10-WE']);
    expect(summary('Voters go to the polls this coming Sunday.')).toEqual(['this coming Sunday → DATE 2026-03-15']);
    expect(summary('Exports rose this year.')).toEqual(['this year → DATE 2026']);
  });
});
