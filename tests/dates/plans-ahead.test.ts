import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference, 10 March 2026: October is seven months on, so only the tense puts it ahead.
describe('tense rule: "plans" with its object looks ahead', () => {
  it('reads a plan told in the present as ahead', () => {
    expect(summary('The farmers union plans a march on the capital in October.')).toEqual(['October → DATE 2026-10']);
  });

  it('leaves the noun to the verbs of its clause', () => {
    expect(summary('The minister dropped his holiday plans for a visit to the flooded towns on Friday.')).toEqual(['Friday → DATE 2026-03-06']);
  });
});
