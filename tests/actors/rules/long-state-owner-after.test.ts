// Rule 'long-state-owner-after': ", South Africa's president," after a name; sentences of my own.
import { describe, expect, it } from 'vitest';
import { person } from './helpers.js';

describe('long-state-owner-after', () => {
  it('reads the office and the state of two words in the apposition', () => {
    expect(person("The plan was condemned by Cyril Ramaphosa, South Africa's president, and by the African Union.", 'Cyril Ramaphosa')).toEqual({
      title: 'president',
      country: 'South Africa',
      rules: ['capitalized-run', 'long-state-owner-after', 'person-cue'],
    });
  });

  it('keeps a qualifier', () => {
    expect(person("Choi Sang-mok, South Korea's acting president, ordered the army to stay on alert.", 'Choi Sang-mok')?.title).toBe('acting president');
    expect(person("Talks were led by Emma Tane, New Zealand's deputy prime minister.", 'Emma Tane')).toEqual({
      title: 'deputy prime minister',
      country: 'New Zealand',
      rules: ['capitalized-run', 'long-state-owner-after', 'person-cue'],
    });
  });

  it('needs an office after the state', () => {
    expect(person("Lina Haddad, South Africa's most famous novelist, spoke at the festival.", 'Lina Haddad')).toEqual({
      title: null,
      country: null,
      rules: ['capitalized-run', 'person-tag'],
    });
  });
});
