// Office 'CEO' (offices.ts): a company's chief executive written as the abbreviation; sentences of my own.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const persons = (text: string) =>
  extract(text, { refDate: '2025-04-08', only: ['actors'] })
    .actors.filter((a) => a.type === 'person')
    .map((a) => ({ name: a.name, title: a.title, country: a.country }));

describe('CEO as an office', () => {
  it('reads the office before the name and leaves the company out of the name', () => {
    expect(persons('Larkspur CEO Dana Whitfield said on Tuesday the company would close two plants.')).toEqual([
      { name: 'Dana Whitfield', title: 'CEO', country: null },
    ]);
  });

  it('reads the office opening a sentence and after a possessive', () => {
    expect(persons('The board met on Monday.\n\nCEO Marta Lindqvist told analysts margins would recover. Omar Haddad, Kestrel\'s CEO, declined to comment.')).toEqual([
      { name: 'Marta Lindqvist', title: 'CEO', country: null },
      { name: 'Omar Haddad', title: 'CEO', country: null },
    ]);
  });
});

describe('CEO holds no state office', () => {
  it('takes no country from the dateline', () => {
    expect(persons('OSLO, April 7 (Reuters) - Fjordline CEO Ingrid Solberg said on Monday the ferry operator would cut routes.')).toEqual([
      { name: 'Ingrid Solberg', title: 'CEO', country: null },
    ]);
  });
});
