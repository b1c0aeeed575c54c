import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

describe('calendar dates', () => {
  it.each([
    ['The ceasefire collapsed on March 6 after two days of shelling.', 'March 6 → DATE 2026-03-06'],
    ['The treaty was signed on Sept. 30, 1990, in Paris.', 'Sept. 30, 1990 → DATE 1990-09-30'],
    ['The vote is due on 14 April 2027, officials said.', '14 April 2027 → DATE 2027-04-14'],
    ['The pipeline opened in July 1997 to little fanfare.', 'July 1997 → DATE 1997-07'],
    ['Talks resumed on Friday, Jan. 9, in Geneva.', 'Friday, Jan. 9 → DATE 2026-01-09'],
    ['The decree took effect on 2025-12-01 nationwide.', '2025-12-01 → DATE 2025-12-01'],
    ['Parliament first met in 1991 after the split.', '1991 → DATE 1991'],
    ['Prices soared in the 1990s as exports grew.', 'the 1990s → DATE 199'],
    ['The company posted losses in fiscal 2024.', 'fiscal 2024 → DATE 2024'],
    ['Ticket sales collapsed at the end of 2020.', 'the end of 2020 → DATE 2020'],
    ['Crowds gathered on Thanksgiving Day last year.', 'Thanksgiving Day → DATE 2025-11-27'],
    ['The bridge was opened in nineteen ninety-six by the mayor.', 'nineteen ninety-six → DATE 1996'],
  ])('%s', (text, expected) => {
    expect(summary(text)).toContain(expected);
  });

  it('resolves a month-day backwards in a past-tense clause and forwards in a future one', () => {
    expect(summary('Rebels seized the town on December 20.')).toEqual(['December 20 → DATE 2025-12-20']);
    expect(summary('The summit will open on January 12.')).toEqual(['January 12 → DATE 2027-01-12']);
  });

  it('takes the nearest occurrence of a month when the clause has no tense', () => {
    expect(summary('A new budget in November.', '2026-01-15')).toEqual(['November → DATE 2025-11']);
  });

  it('keeps early/late inside the mention', () => {
    expect(summary('Fighting intensified in early February.')).toEqual(['early February → DATE 2026-02']);
  });

  it('writes XXXX for the year when the reference has none', () => {
    expect(summary('Troops withdrew on September 15.', null)).toEqual(['September 15 → DATE XXXX-09-15']);
  });

  it('reads a quarter of a financial year', () => {
    expect(summary('Profit fell in the third quarter, the company said.')).toContain('the third quarter → DATE 2025-Q3');
    expect(summary('Third-quarter revenue rose 4%.', '2026-10-20')).toEqual(['Third-quarter → DATE 2026-Q3']);
  });
});
