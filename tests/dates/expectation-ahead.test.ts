import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference, 10 March 2026, lies in the first quarter.
describe('tense rule: what is expected or forecast now lies ahead', () => {
  it.each([
    ['The brewer expects sales to recover in the third quarter.', ['the third quarter → DATE 2026-Q3']],
    ['Economists predict a rate cut in the second half.', ['the second half → DATE 2026-H2']],
    ['The ministry forecasts a surplus in the fourth quarter.', ['the fourth quarter → DATE 2026-Q4']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('leaves a past expectation and a result told as expected to the past', () => {
    expect(summary('The brewer had expected sales to recover in the third quarter.')).toEqual(['the third quarter → DATE 2025-Q3']);
    expect(summary('Sales fell, as expected, in the fourth quarter.')).toEqual(['the fourth quarter → DATE 2025-Q4']);
  });
});
