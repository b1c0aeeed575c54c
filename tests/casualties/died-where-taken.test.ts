// Rule died-where-taken (single-victim): the person was taken somewhere, where he died.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('died-where-taken', () => {
  it('counts the death, not a wound', () => {
    expect(figures('Police said a 24-year-old man was shot multiple times and taken to a hospital, where he died.')).toEqual([['killed', 1]]);
    expect(figures('A woman was rushed to Mercy Medical Center, where she was pronounced dead.')).toEqual([['killed', 1]]);
  });

  it('leaves a wound when the person lived', () => {
    expect(figures('A man was shot in the arm and taken to a hospital, where he was treated and released.')).toEqual([['injured', 1]]);
  });
});
