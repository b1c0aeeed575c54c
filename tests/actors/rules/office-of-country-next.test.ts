// office-of-country-next and offices of regional police and administration; wire-style sentences of my own.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const persons = (text: string) =>
  extract(text, { refDate: '2025-04-08', explain: true, only: ['actors'] })
    .actors.filter((a) => a.type === 'person')
    .map((a) => ({ name: a.name, title: a.title, country: a.country }));

describe('office-of-country-next', () => {
  it('reads the country after a long office as its owner, not as part of the name', () => {
    expect(persons('Minister of Foreign Affairs of Malaysia Aminah Razak said the ship had been released.')).toEqual([
      { name: 'Aminah Razak', title: 'Minister of Foreign Affairs', country: 'Malaysia' },
    ]);
  });

  it('leaves a name that only follows a country', () => {
    expect(persons('Talks between the ministers of Malaysia and Thailand ended. Aminah Razak said little.')).toEqual([
      { name: 'Aminah Razak', title: null, country: null },
    ]);
  });
});

describe('regional police and administration offices', () => {
  it('reads a superintendent of police and a deputy commissioner', () => {
    expect(persons('Superintendent of Police Arun Mehta said two men were held. Deputy Commissioner Leela Rao visited the site.')).toEqual([
      { name: 'Arun Mehta', title: 'Superintendent of Police', country: null },
      { name: 'Leela Rao', title: 'Deputy Commissioner', country: null },
    ]);
  });
});
