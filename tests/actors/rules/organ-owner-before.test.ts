// The owner of an office written as a state's organ of three or four words before it, on wire-style sentences of my own.
import { describe, expect, it } from 'vitest';
import { person } from './helpers.js';

describe('organ-owner-before', () => {
  it("gives a ministry's spokesperson the ministry's country", () => {
    const text = 'Chilean Foreign Ministry spokeswoman Carla Rivas said the envoy would return.';
    expect(person(text, 'Carla Rivas')).toEqual({ title: 'spokeswoman', country: 'Chile', rules: ['capitalized-run', 'organ-owner-before', 'person-cue'] });
  });

  it('reads an organ of four words', () => {
    const text = 'Polish Interior Affairs Ministry spokesman Jan Nowicki declined to comment.';
    expect(person(text, 'Jan Nowicki')).toEqual({ title: 'spokesman', country: 'Poland', rules: ['capitalized-run', 'organ-owner-before', 'person-cue'] });
  });

  it('gives no country to a ministry named without its state', () => {
    const text = 'Foreign Ministry spokesman Omar Haddad told a briefing that talks would go on.';
    expect(person(text, 'Omar Haddad')).toEqual({ title: 'spokesman', country: null, rules: ['capitalized-run', 'person-cue'] });
  });

  it('stops at the sentence before', () => {
    const text = 'The delegation flew home to Peru. Ministry spokesman Omar Haddad said the talks were over.';
    expect(person(text, 'Omar Haddad')).toEqual({ title: 'spokesman', country: null, rules: ['capitalized-run', 'person-cue'] });
  });

  it("reads a state's Foreign Office as its organ", () => {
    expect(person("Pakistan's Foreign Office spokesperson Zahra Baloch said the talks were constructive.", 'Zahra Baloch')).toEqual({
      title: 'spokesperson',
      country: 'Pakistan',
      rules: ['capitalized-run', 'organ-owner-before', 'person-cue'],
    });
    expect(person('British Foreign Office minister Hamish Falconer visited the camp.', 'Hamish Falconer')?.country).toBe('United Kingdom');
  });
});
