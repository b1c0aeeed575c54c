import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// Reference: Thursday 22 October 2026, when "the quarter" counted from the calendar is the third.
// Sentences are this project's own, in the style of wire copy.
const OCTOBER = '2026-10-22';

describe('quarters the article reports on (reported-quarter)', () => {
  it('gives "the quarter" and "a year earlier" the number of the fiscal quarter the lede names', () => {
    expect(summary('Harlow Foods posted a 12% rise in profit for the fiscal first quarter. Sales in the quarter rose from a year earlier.', OCTOBER)).toEqual([
      'the fiscal first quarter → DATE 2026-Q1',
      'the quarter → DATE 2026-Q1',
      'a year earlier → DATE 2025-Q1',
    ]);
  });

  it('keeps the quarter of the lede when a later one is only looked ahead to', () => {
    expect(summary('Kestrel Mills said third-quarter profit fell. It expects a fourth-quarter charge; profit in the latest quarter was flat.', OCTOBER)).toEqual([
      'third-quarter → DATE 2026-Q3',
      'fourth-quarter → DATE 2026-Q4',
      'the latest quarter → DATE 2026-Q3',
    ]);
  });

  it('moves to a second company\'s quarter when it is reported, fiscal or ended on a day', () => {
    expect(summary('Orbis Air had a fourth-quarter loss. Separately, Delmar Rail reported second-quarter net of $4 million, up from a year ago.', OCTOBER)).toEqual([
      'fourth-quarter → DATE 2026-Q4',
      'second-quarter → DATE 2026-Q2',
      'a year ago → DATE 2025-Q2',
    ]);
    expect(summary('Orbis Air had a fourth-quarter loss. Delmar Rail earned $4 million in its second quarter ended Aug. 31, against $3 million in the 2025 period.', OCTOBER)).toEqual([
      'fourth-quarter → DATE 2026-Q4',
      'second quarter → DATE 2026-Q2',
      'Aug. 31 → DATE 2026-08-31',
      'the 2025 period → DATE 2025-Q2',
    ]);
  });

  it('leaves "the current quarter" and quarters named by number as they are', () => {
    expect(summary('Net rose in the fiscal second quarter and should rise again in the current quarter.', OCTOBER)).toEqual([
      'the fiscal second quarter → DATE 2026-Q2',
      'the current quarter → DATE 2026-Q4',
    ]);
  });
});
