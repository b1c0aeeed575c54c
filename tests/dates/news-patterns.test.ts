import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// Patterns common in wire and financial copy; the reference, 10 March 2026, is a Tuesday.
describe('wire-copy patterns', () => {
  it('gives the second day of a range its own mention and the shared year', () => {
    expect(summary('The summit ran on May 2-3, 2027, in Oslo.')).toEqual(['May 2 → DATE 2027-05-02', '3, 2027 → DATE 2027-05-03']);
    expect(summary('Voting took place on February 24 and 25.')).toEqual(['February 24 → DATE 2026-02-24', '25 → DATE 2026-02-25']);
  });

  it('does not read "March 6 to 7 percent" as a range', () => {
    expect(summary('Growth slowed on March 6 to 7 percent.')).toEqual(['March 6 → DATE 2026-03-06']);
  });

  it('reads "the week of" a day as that ISO week', () => {
    expect(summary('A hearing is set for the week of April 13.')).toEqual(['the week of April 13 → DATE 2026-W16']);
  });

  it('joins a byline day and its clock time', () => {
    expect(summary('Updated 4 March 2026 18:40 GMT. Talks went on.')).toContain('4 March 2026 18:40 GMT → TIME 2026-03-04T18:40');
    expect(summary('The convoy left on March 6 at 10 p.m. under fire.')).toEqual(['March 6 → DATE 2026-03-06', '10 p.m. → TIME 2026-03-06T22:00']);
  });

  it('reads the weekend and the year as periods around the reference', () => {
    expect(summary('Rebels regrouped over the weekend.')).toEqual(['the weekend → DATE 2026-W10-WE']);
    expect(summary('Net income for the year ended June 30 doubled.')).toContain('the year → DURATION P1Y');
  });

  it('reads financial quarters and year-earlier figures', () => {
    expect(summary('Revenue in the latest quarter rose from a year earlier.', '2026-10-20')).toEqual([
      'the latest quarter → DATE 2026-Q3',
      'a year earlier → DATE 2025-Q3',
    ]);
    expect(summary('Profit for the 2025 period fell.', '2026-10-20')).toEqual(['the 2025 period → DATE 2025-Q3']);
  });

  it('does not take a causal "due to" for a future tense', () => {
    expect(summary('Since March 1, dozens died due to the heat.', '2026-06-22')).toEqual(['March 1 → DATE 2026-03-01']);
  });

  it('resolves "effective" dates forward', () => {
    expect(summary('The new tariff takes effect, effective Feb. 1.', '2026-10-20')).toEqual(['Feb. 1 → DATE 2027-02-01']);
  });

  it('ignores titles and discourse markers', () => {
    expect(summary('The envoy told "This Week" that talks would go on.')).toEqual([]);
    expect(summary('Now, the question is who pays.')).toEqual([]);
  });
});
