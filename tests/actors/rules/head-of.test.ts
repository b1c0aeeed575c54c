// Rule 'head-of': "head of X" keeps what it heads in the title; wire-style sentences of my own.
import { describe, expect, it } from 'vitest';
import { person } from './helpers.js';

describe('head-of', () => {
  it('reads an apposition after the name with its complement', () => {
    expect(person('Olena Marchuk, deputy head of the presidential office, said the talks would resume next week.', 'Olena Marchuk')).toEqual({
      title: 'deputy head of the presidential office',
      country: null,
      rules: ['capitalized-run', 'head-of', 'person-cue'],
    });
  });

  it('stops the complement before "in" and leaves a state\'s possessive out of the title', () => {
    expect(person('Rescuers were still searching, said Budi Santoso, the head of the rescue teams in East Java.', 'Budi Santoso')).toEqual({
      title: 'head of the rescue teams',
      country: null,
      rules: ['capitalized-run', 'head-of', 'person-cue'],
    });
    expect(person('Tomas Vera, head of Chile\'s mining agency, said the mine would stay shut.', 'Tomas Vera')).toEqual({
      title: 'head of mining agency',
      country: 'Chile',
      rules: ['capitalized-run', 'head-of', 'person-cue'],
    });
  });

  it('reads the office described before a name set off by a comma, a named body of no state giving no country', () => {
    expect(person('The head of the World Bank, Ajay Banga, said lenders must move faster on climate finance.', 'Ajay Banga')).toEqual({
      title: 'head of the World Bank',
      country: null,
      rules: ['capitalized-run', 'head-of', 'stateless-owner', 'person-cue'],
    });
  });

  it('leaves a head that is no office alone', () => {
    expect(person('Marta Oyelaran, head down, walked out of the court without a word.', 'Marta Oyelaran')).toEqual({
      title: null,
      country: null,
      rules: ['capitalized-run', 'person-tag'],
    });
    expect(person("Dr. Milton Reyes, head of Ochsner St. Anne Hospital's emergency room, said the victim died.", 'Milton Reyes')?.title).toBe(null);
  });
});
