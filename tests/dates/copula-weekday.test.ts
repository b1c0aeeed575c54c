import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference, 10 March 2026, is a Tuesday.
describe('tense: a weekday named by a present copula looks ahead', () => {
  it.each([
    ['The deadline for bids is Friday, the ministry said.', ['Friday → DATE 2026-03-13']],
    ['His next court appearance is on Monday.', ['Monday → DATE 2026-03-16']],
    ['The funeral is Saturday at St. Mary’s Church.', ['Saturday → DATE 2026-03-14']],
    ['The first round of the runoff votes are Sunday, officials said.', ['Sunday → DATE 2026-03-15']],
    ['Officials said the vote in the lower house is on Thursday.', ['Thursday → DATE 2026-03-12']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('keeps a past copula, and a weekday further on in the clause, as the clause reads them', () => {
    expect(summary('The deadline for bids was Friday, the ministry said.')).toEqual(['Friday → DATE 2026-03-06']);
    expect(summary('The problem is that lawmakers rejected the plan on Friday.')).toEqual(['Friday → DATE 2026-03-06']);
  });
});
