// Rule described-office: an office described before a name that follows a comma, on sentences of my own.
import { describe, expect, it } from 'vitest';
import { person } from './helpers.js';

describe('described-office', () => {
  it('keeps what the office is for, up to the comma', () => {
    expect(person('A report by the UN special rapporteur on torture, Maria Lindqvist, was published on Monday.', 'Maria Lindqvist')).toEqual({
      title: 'special rapporteur on torture',
      country: null,
      rules: ['capitalized-run', 'described-office', 'stateless-owner', 'person-cue'],
    });
  });

  it('takes the country of a possessive owner', () => {
    expect(person("Brazil's special envoy for climate talks, Paulo Mendes, arrived in Cairo on Monday.", 'Paulo Mendes')).toEqual({
      title: 'special envoy for climate talks',
      country: 'Brazil',
      rules: ['capitalized-run', 'described-office', 'person-cue'],
    });
  });

  it('reads an office after a possessive pronoun', () => {
    expect(person('The cleric did not attend; his representative, Hadi Karimi, read the sermon.', 'Hadi Karimi')?.title).toBe('representative');
  });

  it('reads an office after the organization that employs the holder', () => {
    expect(person('Nine people were hurt, health ministry spokesman, Yusuf Adamu said.', 'Yusuf Adamu')?.title).toBe('spokesman');
  });

  it('reads no office across other punctuation or from a verb', () => {
    expect(person('The minister left; then, Hadi Karimi spoke to reporters.', 'Hadi Karimi')?.title).toBe(null);
    expect(person('As he was leaving office, Hadi Karimi spoke to reporters.', 'Hadi Karimi')?.title).toBe(null);
  });

  it('reads an office with no complement after a determiner up to three words back, with "ex-" as former-holder', () => {
    expect(person('The order was signed by the acting governor, Pavel Orlov, on Monday.', 'Pavel Orlov')).toEqual({
      title: 'acting governor',
      country: null,
      rules: ['capitalized-run', 'described-office', 'person-cue'],
    });
    expect(person('The newly named acting governor, Pavel Orlov, arrived on Monday.', 'Pavel Orlov')?.title).toBe('acting governor');
    expect(person('A statement from the ex-governor, Pavel Orlov, was read out.', 'Pavel Orlov')).toEqual({
      title: 'ex-governor',
      country: null,
      rules: ['capitalized-run', 'former-holder', 'person-cue'],
    });
  });
});
