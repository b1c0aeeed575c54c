// Refiners over the figures of an article: repeated figures merged, "another" read against its own kind.
import { describe, expect, it } from 'vitest';
import { casualties, figures } from './helpers.js';

describe('dedupe', () => {
  it('keeps the hedge of a repeated figure', () => {
    const [toll, ...rest] = casualties('Quake kills 40\n\nAt least 40 people were killed when the quake struck.');
    expect(rest).toEqual([]);
    expect([toll.kind, toll.count, toll.min, toll.qualifier, toll.rules]).toEqual(['killed', 40, 40, 'at-least', ['cue-before-number', 'dedupe-hedge']]);
  });

  it('keeps one figure where two patterns read the very same words', () => {
    expect(figures('A second man was in critical condition at a county hospital.')).toEqual([['injured', 1]]);
  });

  it('merges one unnamed person told twice, and keeps two people described apart', () => {
    expect(figures('A drone strike killed one person. One person was killed, a medic said.')).toEqual([['killed', 1]]);
    expect(figures('A man was killed in the north. A woman was killed in the south.')).toEqual([
      ['killed', 1],
      ['killed', 1],
    ]);
  });
});

describe('another', () => {
  it('adds to a figure of the same kind only', () => {
    expect(figures('Four miners died on Monday. Another four miners died on Tuesday.')).toEqual([
      ['killed', 4],
      ['killed', 4],
    ]);
    expect(figures('Nine hikers died and another nine are missing. Nine hikers are missing, police said.')).toEqual([
      ['killed', 9],
      ['missing', 9],
    ]);
  });
});
