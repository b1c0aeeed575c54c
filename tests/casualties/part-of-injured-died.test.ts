// "three of the injured later died": a share of the injured that died counts the killed (number-before-cue).
import { describe, expect, it } from 'vitest';
import { casualties, figures } from './helpers.js';

describe('part-of-injured-died', () => {
  it('reads injured people who died as killed', () => {
    expect(casualties('Two of the injured later died in hospital.').map((c) => [c.kind, c.count, c.text, c.rules])).toEqual([
      ['killed', 2, 'Two of the injured later died', ['number-before-cue', 'part-of-injured-died']],
    ]);
    expect(figures('One of the wounded has since died, officials said.')).toEqual([['killed', 1]]);
  });

  it('keeps a share of the injured with no death as injured', () => {
    expect(figures('Two of the wounded were in critical condition.')).toEqual([['injured', 2]]);
    expect(figures('Six of the injured were later discharged.')).toEqual([['injured', 6]]);
  });
});
