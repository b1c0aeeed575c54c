// Rule holder-of-country: "Title Name of Country" gives the holder that country, on sentences of my own.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { person } from './helpers.js';

describe('holder-of-country', () => {
  it('gives a titled name the country written after "of"', () => {
    expect(person('Prime Minister Tomas Varga of Hungary said on Monday the deal was fair.', 'Tomas Varga')).toEqual({
      title: 'Prime Minister',
      country: 'Hungary',
      rules: ['capitalized-run', 'joiner-split', 'holder-of-country', 'person-cue'],
    });
  });

  it('reads "of the" and a country of two words', () => {
    expect(person('Secretary of State Ruth Mendel of the United States arrived in Lima.', 'Ruth Mendel')?.country).toBe('United States');
  });

  it('does not make the country act', () => {
    const actors = extract('President Amina Juma of Tanzania said the border would reopen.', { refDate: '2025-04-08', only: ['actors'] }).actors;
    expect(actors.map((a) => [a.type, a.name, a.title, a.country])).toEqual([
      ['person', 'Amina Juma', 'President', 'Tanzania'],
      ['place', 'Tanzania', null, null],
    ]);
  });

  it('gives no country to a name without a title', () => {
    expect(person('Tomas Varga of Hungary won the final on Sunday.', 'Tomas Varga')?.country).toBe(null);
  });
});
