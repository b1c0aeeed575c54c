import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference is Tuesday 10 March 2026: the quarter last ended is 2025-Q4.
describe('quarter: a quarter or period with a year back after it is one mention', () => {
  it.each([
    [
      'The brewer posted fourth-quarter net income of $12 million, up from $9 million in the quarter a year earlier.',
      ['fourth-quarter → DATE 2025-Q4', 'the quarter a year earlier → DATE 2024-Q4'],
    ],
    [
      'Sales for the quarter rose 8 percent from the same period last year, the retailer said.',
      ['the quarter → DATE 2025-Q4', 'the same period last year → DATE 2024-Q4'],
    ],
    [
      'Its third-quarter loss was wider than in the corresponding period a year ago.',
      ['third-quarter → DATE 2025-Q3', 'the corresponding period a year ago → DATE 2024-Q3'],
    ],
    ['Exports fell in the second quarter last year, the agency said.', ['the second quarter last year → DATE 2025-Q2']],
    ['The economy shrank in the first half of the previous year.', ['the first half of the previous year → DATE 2025-H1']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    ['Burglaries fell by a fifth compared with the same period last year.', ['last year → DATE 2025']],
    ['The same quarter brought a record harvest.', []],
  ])('no quarter without financial copy or a year: %s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});
