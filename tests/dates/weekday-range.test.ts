import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';
import { resolveWeekdaySpans } from '../../src/extract/dates/refiners/weekday-range.js';

// The reference, 10 March 2026, is a Tuesday.
describe('refiner weekday-range: the end of a span of weekdays follows its start', () => {
  it.each([
    [
      'Seven people were wounded in shootings from Tuesday morning to early Wednesday, police said.',
      ['Tuesday morning → TIME 2026-03-10TMO', 'early Wednesday → DATE 2026-03-11'],
    ],
    [
      'At least 12 people were shot between 5 p.m. Friday and 2 a.m. Monday.',
      ['5 p.m. Friday → TIME 2026-03-06T17:00', '2 a.m. Monday → TIME 2026-03-09T02:00'],
    ],
    ['The country declared Tuesday and Wednesday days of national mourning.', ['Tuesday → DATE 2026-03-10', 'Wednesday → DATE 2026-03-11']],
    [
      'Eleven people were shot between 6 p.m. Saturday and 4 a.m. Tuesday, police said.',
      ['6 p.m. Saturday → TIME 2026-03-07T18:00', '4 a.m. Tuesday → TIME 2026-03-10T04:00'],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('moves the end farther from the reference, so a start sent a week ahead comes back', () => {
    const text = 'From 7 a.m. Sunday to 7 a.m. Monday:';
    const clock = (from: number, to: number, value: string) => ({ start: from, end: to, type: 'TIME' as const, value, rules: ['clock-time'] });
    const spans = resolveWeekdaySpans([clock(5, 18, '2026-03-15T07:00'), clock(22, 35, '2026-03-09T07:00')], text, { year: 2026, month: 3, day: 10 });
    expect(spans.map((c) => c.value)).toEqual(['2026-03-08T07:00', '2026-03-09T07:00']);
  });

  it('reads the start of a span to an end point ahead as ahead too when the clause tells no past', () => {
    expect(summary('The festival runs from Friday through Sunday.')).toEqual(['Friday → DATE 2026-03-13', 'Sunday → DATE 2026-03-15']);
  });

  it('leaves days out of order, days with their own direction and dates with a month as they are', () => {
    expect(summary('Following are statements made Monday and Sunday by the minister.')).toEqual([
      'Monday → DATE 2026-03-09',
      'Sunday → DATE 2026-03-08',
    ]);
    expect(summary('The talks ran from Friday to next Monday.')).toEqual(['Friday → DATE 2026-03-06', 'next Monday → DATE 2026-03-16']);
    expect(summary('The fair runs from Tuesday, March 10, through Sunday, March 15.')).toEqual([
      'Tuesday, March 10 → DATE 2026-03-10',
      'Sunday, March 15 → DATE 2026-03-15',
    ]);
  });
});
