import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/document/read.js';
import { createContext } from '../../src/extract/context.js';
import { extractActors } from '../../src/extract/actors/index.js';
import { lexiconWords } from '../../src/extract/actors/plugin.js';
import { COUNTRY_BY_CAPITAL, COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, COUNTRY_NAMES } from '../../src/lexicon/country-index.js';

const lookUp = (table: ReadonlyMap<string, string>, keys: string[]) => keys.map((k) => table.get(k) ?? null);

describe('country lexicon: world-countries with our overlay', () => {
  it('reads demonyms, the package\'s and the overlay\'s, as their country', () => {
    expect(lookUp(COUNTRY_BY_DEMONYM, ['emirati', 'ivorian', 'south korean', 'motswana', 'azeri', 'saudi', 'us', 'soviet'])).toEqual([
      'United Arab Emirates', 'Ivory Coast', 'South Korea', 'Botswana', 'Azerbaijan', 'Saudi Arabia', 'United States', 'Soviet Union',
    ]);
  });

  it('gives a demonym two states share to the one news means', () => {
    expect(lookUp(COUNTRY_BY_DEMONYM, ['congolese', 'dominican'])).toEqual(['Democratic Republic of the Congo', 'Dominican Republic']);
  });

  it('reads official names, short forms and spellings with and without accents as the printed name', () => {
    expect(lookUp(COUNTRY_BY_NAME, ['u.s.', 'united states of america', 'britain', 'czechia', 'türkiye', 'turkiye', 'kingdom of belgium', "côte d'ivoire", 'cote d’ivoire', 'burma'])).toEqual([
      'United States', 'United States', 'United Kingdom', 'Czech Republic', 'Turkey', 'Turkey', 'Belgium', 'Ivory Coast', 'Ivory Coast', 'Myanmar',
    ]);
  });

  it('leaves out one-word native names, codes and the tail of "People\'s Republic of China"', () => {
    expect(lookUp(COUNTRY_BY_NAME, ['island', 'nippon', 'emirates', 'in', 'republic of china'])).toEqual([null, null, null, null, null]);
  });

  it('reads seats of government as their country, not capitals that are common words', () => {
    expect(lookUp(COUNTRY_BY_CAPITAL, ['moscow', 'washington', 'la paz', 'sucre', 'bogota', 'bogotá', 'male', 'victoria'])).toEqual([
      'Russia', 'United States', 'Bolivia', null, 'Colombia', 'Colombia', null, null,
    ]);
  });

  it('knows states, partly recognized and former ones, not dependent territories', () => {
    expect(['Kosovo', 'Palestine', 'Taiwan', 'Yugoslavia', 'Greenland', 'Puerto Rico', 'Czechia'].map((n) => COUNTRY_NAMES.has(n))).toEqual([
      true, true, true, true, false, false, false,
    ]);
  });

  it('gives officials the country of their demonym in a sentence', () => {
    const doc = readDocument(
      'ABU DHABI (Reuters) - Emirati Foreign Minister Omar Haddad met Ivorian Prime Minister Paul Kone on Tuesday, the ministry said.',
      { refDate: '2025-04-08' },
    );
    const people = extractActors(createContext(doc)).filter((a) => a.type === 'person');
    expect(people.map((a) => [a.name, a.title, a.country])).toEqual([
      ['Omar Haddad', 'Foreign Minister', 'United Arab Emirates'],
      ['Paul Kone', 'Prime Minister', 'Ivory Coast'],
    ]);
  });
});

describe('lexiconWords: the country words compromise is taught', () => {
  it('takes plain spellings only, which compromise matches', () => {
    const words = lexiconWords(() => false);
    expect([words['bogota'], words['bogotá'], words["cote d'ivoire"], words['cote d’ivoire'], words['emirati']]).toEqual(['City', undefined, 'Country', undefined, 'Demonym']);
  });
});
