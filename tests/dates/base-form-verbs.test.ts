import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference, 10 March 2026, is a Tuesday.
describe('tense rule: "hit", "cut", "put" after "to", a modal or "do" are base forms, not the past', () => {
  it.each([
    ['The cyclone will hit the northern coast on Friday.', ['Friday → DATE 2026-03-13']],
    ['The cyclone is expected to hit the northern coast on Friday.', ['Friday → DATE 2026-03-13']],
    ['The mill may cut another shift on Thursday.', ['Thursday → DATE 2026-03-12']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('keeps the past of the verb on its own', () => {
    expect(summary('The cyclone hit the northern coast on Friday.')).toEqual(['Friday → DATE 2026-03-06']);
  });
});
