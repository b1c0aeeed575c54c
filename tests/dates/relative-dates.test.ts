import { describe, expect, it } from 'vitest';
import { findDates, summary } from './helpers.js';
import { shiftDay } from '../../src/extract/dates/normalize.js';

// The reference, 10 March 2026, is a Tuesday.
describe('relative dates', () => {
  it.each([
    ['The minister resigned yesterday.', 'yesterday → DATE 2026-03-09'],
    ['The result is expected tomorrow.', 'tomorrow → DATE 2026-03-11'],
    ['Markets rallied today after the announcement.', 'today → DATE 2026-03-10'],
    ['Inflation has eased this month, the bank said.', 'this month → DATE 2026-03'],
    ['Exports fell sharply last week.', 'last week → DATE 2026-W10'],
    ['Elections are planned for next year.', 'next year → DATE 2027'],
    ['Output rose last year by 3%.', 'last year → DATE 2025'],
    ['The rebels withdrew earlier this year.', 'earlier this year → DATE 2026'],
    ['The plant closed two years ago.', 'two years ago → DATE 2024'],
    ['Rain fell heavily last summer.', 'last summer → DATE 2025-SU'],
  ])('%s', (text, expected) => {
    expect(summary(text)).toContain(expected);
  });

  it('resolves weekdays from the reference and the tense of the clause', () => {
    expect(summary('The president spoke with his counterpart on Tuesday.')).toEqual(['Tuesday → DATE 2026-03-10']);
    expect(summary('Ministers met on Friday to discuss the crisis.')).toEqual(['Friday → DATE 2026-03-06']);
    expect(summary('Ministers will meet on Friday to discuss the crisis.')).toEqual(['Friday → DATE 2026-03-13']);
    expect(summary('The envoy arrived last Tuesday.')).toEqual(['last Tuesday → DATE 2026-03-03']);
  });

  it('keeps the part of the day', () => {
    expect(summary('Shelling resumed on Sunday night.')).toEqual(['Sunday night → DATE 2026-03-08TNI']);
    expect(summary('Explosions shook the port on Tuesday night.')).toEqual(['Tuesday night → DATE 2026-03-10TNI']);
    expect(summary('The hostages were freed the next morning.')).toEqual(['the next morning → TIME 2026-03-11TMO']);
    expect(summary('The convoy left on Monday morning.')).toEqual(['Monday morning → TIME 2026-03-09TMO']);
  });

  it('marks dates told relative to an event with a shift', () => {
    const [after] = findDates('The talks took place a day after the president held a call with his rival.');
    // TimeML: the amount before "after <event>" is a duration; the shift carries the direction.
    expect(after).toMatchObject({ text: 'a day', type: 'DURATION', value: 'P1D', shift: { amount: 1, unit: 'D', direction: 1 } });
    const [before] = findDates('The strike came two days before the vote.');
    expect(before).toMatchObject({ text: 'two days', value: 'P2D', shift: { amount: 2, unit: 'D', direction: -1 } });
    const [previous] = findDates('The envoy had arrived in the capital the previous day.');
    expect(previous).toMatchObject({ text: 'the previous day', value: '2026-03-09', shift: { amount: 1, unit: 'D', direction: -1 } });
  });

  it('gives no shift to dates anchored on the reference or on an earlier moment of the story', () => {
    expect(findDates('The plant closed two years ago.')[0].shift).toBeUndefined();
    expect(findDates('The minister resigned yesterday.')[0].shift).toBeUndefined();
    const [earlier] = findDates('A year earlier, the two leaders had spoken by phone.');
    expect(earlier.value).toBe('2025');
    expect(earlier.shift).toBeUndefined();
  });

  it('reads "since" a day as that day, in the past', () => {
    expect(summary('Fighting has raged since February 28.')).toEqual(['February 28 → DATE 2026-02-28']);
    expect(summary('Prices have risen since November 2.')).toEqual(['November 2 → DATE 2025-11-02']);
  });

  it('counts days from a dateline that gives no year', () => {
    expect(summary('MOSCOW, September 15. /TASS/. Officials said yesterday that talks would go on.', null)).toEqual([
      'September 15 → DATE XXXX-09-15',
      'yesterday → DATE XXXX-09-14',
    ]);
  });
});

describe('shiftDay', () => {
  it('moves a day by days, weeks, months and years, running over a short month as Date does', () => {
    const day = { year: 2026, month: 1, day: 31 };
    expect(shiftDay(day, 'D', -1)).toEqual({ year: 2026, month: 1, day: 30 });
    expect(shiftDay(day, 'W', 1)).toEqual({ year: 2026, month: 2, day: 7 });
    expect(shiftDay(day, 'M', 1)).toEqual({ year: 2026, month: 3, day: 3 });
    expect(shiftDay({ year: 2024, month: 2, day: 29 }, 'Y', -1)).toEqual({ year: 2023, month: 3, day: 1 });
  });
});
