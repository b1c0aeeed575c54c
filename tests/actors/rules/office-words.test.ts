// Offices and the words that qualify them, from the word lists in src/lexicon/offices.ts and
// portfolios.ts, on sentences of my own.
import { describe, expect, it } from 'vitest';
import { person } from './helpers.js';
import { extract } from '../../../src/index.js';

const titleOf = (text: string, name: string) => person(text, name)?.title;

describe('office words', () => {
  it('reads "army" and "junta" as part of the office', () => {
    expect(titleOf('Chadian army chief Idriss Mahamat said the border was calm.', 'Idriss Mahamat')).toBe('army chief');
    expect(titleOf("Guinea's junta leader Sekou Conde named a new cabinet on Monday.", 'Sekou Conde')).toBe('junta leader');
  });

  it('reads a military ruler and a human rights chief', () => {
    expect(titleOf("Burkina Faso's military ruler Jean Ouedraogo spoke on state television.", 'Jean Ouedraogo')).toBe('military ruler');
    expect(titleOf('U.N. human rights chief Anna Berg said the killings must be investigated.', 'Anna Berg')).toBe('human rights chief');
  });

  it('reads "General Manager" and "General Secretary" whole, not the rank "General"', () => {
    expect(person('General Manager Tom Reilly said the club would not sell its striker.', 'Tom Reilly')).toEqual({
      title: 'General Manager',
      country: null,
      rules: ['capitalized-run', 'person-cue'],
    });
    expect(titleOf('Party General Secretary Nguyen Van An met the delegation.', 'Nguyen Van An')).toBe('General Secretary');
  });

  it('reads "Attorney Gen." and "First Vice President"', () => {
    expect(titleOf('Attorney Gen. Laura Fisk said the department would appeal.', 'Laura Fisk')).toBe('Attorney Gen.');
    expect(titleOf('First Vice President Peter Deng was placed under house arrest.', 'Peter Deng')).toBe('First Vice President');
  });

  it('reads an apposition opened by "an" with its nationality word', () => {
    expect(person('Colonel Eli Mor, an Israeli military spokesman, said troops returned fire.', 'Eli Mor')).toEqual({
      title: 'military spokesman',
      country: 'Israel',
      rules: ['capitalized-run', 'role-over-rank', 'person-cue'],
    });
  });
});

describe('what an office after a comma does not describe', () => {
  it('gives no person for a month before ", an official said"', () => {
    const doc = extract('BRUSSELS, May 5 (Reuters) - The members will be admitted in early March, an official said on Wednesday.', { refDate: '2025-05-05', only: ['actors'] });
    expect(doc.actors.filter((a) => a.type === 'person')).toEqual([]);
  });

  it("takes no qualifier that is a possessive body's name", () => {
    expect(titleOf("The film tells of Sean Byrne, the Irish Republican Army's intelligence director.", 'Sean Byrne')).toBe('intelligence director');
  });

  it('reads a state legislator\'s "State Sen." and "State Rep." whole, beside a US senator\'s "Sen."', () => {
    expect(titleOf('State Sen. Dana Whitfield, a Republican from Macon, filed the bill on Monday.', 'Dana Whitfield')).toBe('State Sen.');
    expect(titleOf('State Rep. Luis Ortega said the vote would come next week.', 'Luis Ortega')).toBe('State Rep.');
    const text = 'The bill was backed by State Senator Ruth Adler and Sen. Paul Grady.';
    expect([titleOf(text, 'Ruth Adler'), titleOf(text, 'Paul Grady')]).toEqual(['State Senator', 'Sen.']);
  });
});
