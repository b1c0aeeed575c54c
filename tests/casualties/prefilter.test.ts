// The cheap prefilter must let through every sentence that holds a cue phrase, or the cue is never read.
import { describe, expect, it } from 'vitest';
import { CUES_AFTER_NUMBER, CUES_BEFORE_NUMBER } from '../../src/lexicon/casualty-cues.js';
import { TOLL_NOUNS } from '../../src/lexicon/casualty-tolls.js';
import { CUE_PREFILTER } from '../../src/extract/casualties/cues.js';
import { figures } from './helpers.js';

describe('cue prefilter', () => {
  it('passes every cue phrase of the lexicon', () => {
    const blocked = [...CUES_AFTER_NUMBER, ...CUES_BEFORE_NUMBER, ...TOLL_NOUNS].map((c) => c.phrase).filter((p) => !CUE_PREFILTER.test(p));
    expect(blocked).toEqual([]);
  });

  it('reads sentences whose only cue is captured or a condition', () => {
    expect(figures('The rebel group said it had captured 60 government soldiers near the border.')).toEqual([['detained', 60]]);
    expect(figures('Two passengers were listed in stable condition on Monday.')).toEqual([['injured', 2]]);
  });

  it('leaves a bare figure after captured: a catch, not people (rule captured-needs-people)', () => {
    expect(figures('Hollins captured two as the visitors slumped to 140 for seven, a collapse that cost them the match.')).toEqual([]);
    expect(figures('The army said it had repelled the assault, capturing about 300 guerrillas.')).toEqual([['detained', 300]]);
  });

  it('leaves a possessive noun after the cue', () => {
    expect(figures('The boy had captured his mother\'s heart, the family said.')).toEqual([]);
  });
});
