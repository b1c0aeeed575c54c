import { describe, expect, it } from 'vitest';
import { findDates, summary } from './helpers.js';

// The reference, 10 March 2026, is a Tuesday.
describe('refiner day-before-date: "the day before/after" a date counts from that date', () => {
  it.each([
    [
      'The day before Thursday’s vote, the prime minister met opposition leaders.',
      ['The day → DATE 2026-03-04', 'Thursday → DATE 2026-03-05'],
    ],
    ['Shoppers crowded the stores the day after Christmas.', ['the day → DATE 2025-12-26', 'Christmas → DATE 2025-12-25']],
    [
      'Turnout was low the day after the Feb. 22 election, officials said.',
      ['the day → DATE 2026-02-23', 'Feb. 22 → DATE 2026-02-22'],
    ],
    ['Fighting flared the week before Easter.', ['the week → DATE 2026-W13', 'Easter → DATE 2026-04-05']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('gives a phrase in apposition to a date that date', () => {
    expect(summary('He was last seen on Feb. 3, the day before police issued a warrant.')).toEqual([
      'Feb. 3 → DATE 2026-02-03',
      'the day → DATE 2026-02-03',
    ]);
  });

  it('keeps a day before an event counted from the reference, with its shift', () => {
    const [day] = findDates('The talks broke down the day before the ceasefire took effect.');
    expect(day).toMatchObject({ text: 'the day', value: '2026-03-09', shift: { amount: 1, unit: 'D', direction: -1 } });
  });

  it('drops the shift once the day is anchored on a date', () => {
    const [day] = findDates('The envoy arrived the day after Christmas.');
    expect(day).toEqual(expect.not.objectContaining({ shift: expect.anything() }));
  });
});
