// Office 'CEO' (offices.ts): a company's chief executive written as the abbreviation; sentences of my own.
import { describe, expect, it } from 'vitest';
import { personRecords as persons } from './helpers.js';

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
