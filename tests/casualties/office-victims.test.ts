// Offices as victim nouns (lexicon/victim-nouns.ts): "a village chief", "two local councillors".
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('offices as victims', () => {
  it('counts people named by their office', () => {
    expect(figures('Gunmen killed a village chief and his two sons in an overnight raid.')).toEqual([['killed', 1], ['killed', 2]]);
    expect(figures('Two local councillors were wounded when the convoy came under fire.')).toEqual([['injured', 2]]);
  });
});
