// People named by their trade or their way on the road (lexicon/victim-nouns.ts): "a motorcyclist", "two cashiers".
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('more victim nouns', () => {
  it('counts road users and shop workers harmed', () => {
    expect(figures('A 61-year-old motorcyclist was killed when a delivery van turned across his lane.')).toEqual([['killed', 1]]);
    expect(figures('Two cashiers were wounded in the holdup, police said.')).toEqual([['injured', 2]]);
    expect(figures('The gunman killed a shopkeeper and wounded three cyclists.')).toEqual([
      ['killed', 1],
      ['injured', 3],
    ]);
  });
});
