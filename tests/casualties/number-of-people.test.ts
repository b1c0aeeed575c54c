// Toll nouns written "the number of people <cue>" or "the number of people in relief camps": a running total of that kind.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('number of people as a toll', () => {
  it('reads the number of people displaced, injured or missing', () => {
    expect(figures('The number of people displaced by the fighting has climbed to 1.2 million.')).toEqual([['displaced', 1_200_000]]);
    expect(figures('The number of people injured rose to 85 overnight.')).toEqual([['injured', 85]]);
    expect(figures('Officials put the number of people missing at 37.')).toEqual([['missing', 37]]);
  });

  it('reads the number of people in relief camps, and both figures of a change', () => {
    expect(figures('The number of people in relief camps has risen to 18,000, officials said.')).toEqual([['displaced', 18000]]);
    expect(figures('The number of people in relief camps has fallen from 9,000 to about 6,000.')).toEqual([
      ['displaced', 9000],
      ['displaced', 6000],
    ]);
  });
});
