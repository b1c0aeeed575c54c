// ", police said," between the people and the cue is an aside (phrase.ts ASIDE_RE): the figure still reads its cue.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('attribution aside', () => {
  it('reads past who said it', () => {
    expect(figures('Five people, police said, were wounded in the attack.')).toEqual([['injured', 5]]);
    expect(figures('Some 300 residents, local officials said, were evacuated overnight.')).toEqual([['displaced', 300]]);
    expect(figures('Eleven miners, the company reported, remain trapped.')).toEqual([['missing', 11]]);
  });

  it('reads no cue where the aside leads to none', () => {
    expect(figures('Twelve players, the coach said, were fit to start.')).toEqual([]);
  });
});
