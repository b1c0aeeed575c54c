import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference is Tuesday 10 March 2026.
describe('year: "the year 2012" is one mention, that year', () => {
  it.each([
    ['The year 2023 was the warmest since records began.', ['The year 2023 → DATE 2023']],
    ['The government aims to end child poverty by the year 2030.', ['the year 2030 → DATE 2030']],
    ['Parliament approved the fiscal year 2027 budget on Monday.', ['the fiscal year 2027 → DATE 2027', 'Monday → DATE 2026-03-09']],
    ['In the financial year 2024, exports fell by a third.', ['the financial year 2024 → DATE 2024']],
    ['The group expects a loss for the full year 2026.', ['the full year 2026 → DATE 2026']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('leaves "the year" alone before a figure that is no year', () => {
    expect(summary('The mill shipped 1,800 tonnes in the year, a record.')).toEqual(['the year → DATE 2026']);
  });
});
