// One person's offices joined by "and", and portfolios joined by "and": my own wire-style sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { person, personRecords } from './helpers.js';

describe('compound-office', () => {
  it('keeps both offices of one holder before the name', () => {
    expect(person('Deputy Prime Minister and Foreign Minister Tomas Verhaal said the talks would resume.', 'Tomas Verhaal')).toEqual({
      title: 'Deputy Prime Minister and Foreign Minister',
      country: null,
      rules: ['capitalized-run', 'compound-office', 'person-cue'],
    });
  });

  it('keeps the owner written before the first office', () => {
    expect(personRecords("Jordan's Deputy Prime Minister and Foreign Minister Karim Haddadin met the envoy in Amman.")).toEqual([
      { name: 'Karim Haddadin', title: 'Deputy Prime Minister and Foreign Minister', country: 'Jordan' },
    ]);
  });

  it('reads both offices in an apposition after the name', () => {
    expect(personRecords("Khalid Marri, Qatar's prime minister and foreign minister, said mediation would continue.")).toEqual([
      { name: 'Khalid Marri', title: 'prime minister and foreign minister', country: 'Qatar' },
    ]);
  });

  it('gives two holders named after their own offices one office each', () => {
    expect(personRecords('Foreign Minister Lena Holm and Defence Minister Olaf Brandt attended the ceremony.')).toEqual([
      { name: 'Lena Holm', title: 'Foreign Minister', country: null },
      { name: 'Olaf Brandt', title: 'Defence Minister', country: null },
    ]);
  });
});

describe('portfolios joined by "and"', () => {
  it('reads two portfolios before one office as its title', () => {
    expect(personRecords('Interior and Justice Minister Paulo Mendes Rocha announced new border checks.')).toEqual([
      { name: 'Paulo Mendes Rocha', title: 'Interior and Justice Minister', country: null },
    ]);
    expect(personRecords('Science and Technology Minister Lena Kovac opened the laboratory on Monday.')).toEqual([
      { name: 'Lena Kovac', title: 'Science and Technology Minister', country: null },
    ]);
  });

  it('drops the fields of a school named after them (rule portfolio-pair)', () => {
    const actors = extract('The girl was a pupil at Westbrook Academy for Science and Technology.', { refDate: '2025-04-08', only: ['actors'] }).actors;
    expect(actors.filter((a) => a.type === 'person')).toEqual([]);
  });
});

describe('more portfolios', () => {
  it('keeps justice, oil, law and lands in the title', () => {
    expect(personRecords("Nigeria's oil minister, Chidi Okonkwo, said output would rise.")).toEqual([
      { name: 'Chidi Okonkwo', title: 'oil minister', country: 'Nigeria' },
    ]);
    expect(personRecords('Law Minister Tariq Aziz Khan presented the bill on Monday.')).toEqual([{ name: 'Tariq Aziz Khan', title: 'Law Minister', country: null }]);
    expect(personRecords('Lands Minister Grace Mwale toured the farms.')).toEqual([{ name: 'Grace Mwale', title: 'Lands Minister', country: null }]);
  });

  it('reads a company officer whole', () => {
    expect(personRecords('Helga Brun, president and chief operating officer of the bank, said profits rose.')).toEqual([
      { name: 'Helga Brun', title: 'president and chief operating officer', country: null },
    ]);
  });
});
