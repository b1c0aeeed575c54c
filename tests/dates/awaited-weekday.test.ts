import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference, 10 March 2026, is a Tuesday.
describe('weekday: a day awaited lies ahead, possessive or not', () => {
  it.each([
    ['Markets were calm ahead of Sunday’s vote.', ['Sunday → DATE 2026-03-15']],
    ['Investors are waiting for Friday’s jobs report.', ['Friday → DATE 2026-03-13']],
    ['Security was tight on the eve of Thursday’s election.', ['Thursday → DATE 2026-03-12']],
    ['Troops deployed in the run-up to Saturday’s referendum, officials said.', ['Saturday → DATE 2026-03-14']],
    ['Traders awaited Wednesday’s decision on interest rates.', ['Wednesday → DATE 2026-03-11']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('keeps an event before a past day, and the awaited day itself, as before', () => {
    expect(summary('Witnesses saw the car before Sunday’s shooting.')).toEqual(['Sunday → DATE 2026-03-08']);
    expect(summary('Shares rose ahead of Tuesday’s report, then fell.')).toEqual(['Tuesday → DATE 2026-03-10']);
  });
});
