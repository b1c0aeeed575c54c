import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference is Tuesday 10 March 2026.
describe('rule attach-modifiers: a half or a quarter of a named year is that period', () => {
  it.each([
    ['Jobless claims climbed in the first half of the year.', ['the first half of the year → DATE 2026-H1']],
    ['Steel output slid in the third quarter of last year.', ['the third quarter of last year → DATE 2025-Q3']],
    ['Exports weakened over the last half of 2025.', ['the last half of 2025 → DATE 2025-H2']],
    ['The refinery will restart in the second half of next year.', ['the second half of next year → DATE 2027-H2']],
    ['The merger should close in the fourth quarter of this year.', ['the fourth quarter of this year → DATE 2026-Q4']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('keeps a quarter before a month apart', () => {
    expect(summary('The mill will be running by the second quarter of September 2027.')).toEqual([
      'the second quarter → DATE 2026-Q2',
      'September 2027 → DATE 2027-09',
    ]);
  });

  it('leaves the end of a year a year', () => {
    expect(summary('The mine shut at the end of 2024.')).toEqual(['the end of 2024 → DATE 2024']);
  });
});

describe('rule bare-period: the month at its edge', () => {
  it.each([
    ['Fuel prices eased toward the end of the month.', ['the end of the month → DATE 2026-03']],
    ['The assembly must vote by the end of the month.', ['the end of the month → DATE 2026-03']],
    ['The first convoy crossed at the beginning of the month.', ['the beginning of the month → DATE 2026-03']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('leaves "the month" alone elsewhere', () => {
    expect(summary('The month was the wettest on record in the capital.')).toEqual([]);
  });
});
