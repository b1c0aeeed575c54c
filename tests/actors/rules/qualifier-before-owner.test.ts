// Qualifiers written before the country word of an office: rule qualifier-before-owner, on
// sentences of my own.
import { describe, expect, it } from 'vitest';
import { person } from './helpers.js';

describe('qualifier-before-owner', () => {
  it('keeps a capitalised "Former" before a nationality word in the title', () => {
    expect(person('OSLO, May 2 (Reuters) - Former Chilean President Rosa Valdes arrived in Oslo on Friday.', 'Rosa Valdes')).toEqual({
      title: 'Former President',
      country: 'Chile',
      rules: ['capitalized-run', 'qualifier-before-owner', 'person-cue'],
    });
  });

  it('keeps a lower-case qualifier written before the run', () => {
    expect(person('The talks were chaired by former Kenyan Foreign Minister Tom Ochieng in Vienna.', 'Tom Ochieng')).toEqual({
      title: 'former Foreign Minister',
      country: 'Kenya',
      rules: ['capitalized-run', 'qualifier-before-owner', 'person-cue'],
    });
  });

  it('reads "acting" before a nationality word', () => {
    expect(person('Acting Malian Defence Minister Ali Traore visited the base.', 'Ali Traore')).toEqual({
      title: 'Acting Defence Minister',
      country: 'Mali',
      rules: ['capitalized-run', 'qualifier-before-owner', 'person-cue'],
    });
  });

  it('takes no qualifier when the words before the office name no country', () => {
    expect(person('Former Deputy Mayor Ann Lowe was questioned by police.', 'Ann Lowe')).toEqual({
      title: 'Former Deputy Mayor',
      country: null,
      rules: ['capitalized-run', 'person-cue'],
    });
  });
});
