// Rule 'name-suffix': a generational suffix closes the name it follows and is no surname.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { surname } from '../../../src/eval/names.js';
import { withoutNameSuffix } from '../../../src/text/name-suffix.js';

const people = (text: string) =>
  extract(text, { refDate: '2025-04-08', explain: true, only: ['actors'] })
    .actors.filter((a) => a.type === 'person')
    .map((a) => ({ name: a.name, title: a.title, mentions: a.mentions.map((m) => m.text), rules: a.rules }));

describe('name-suffix', () => {
  it('keeps "Jr." after a comma in the name, and the bare surname later is the same person', () => {
    expect(people('The senate declared Carlos "Caloy" Ramos, Jr. the winner on Tuesday. Ramos thanked his voters.')).toEqual([
      {
        name: 'Carlos "Caloy" Ramos, Jr.',
        title: null,
        mentions: ['Carlos "Caloy" Ramos, Jr', 'Ramos'],
        rules: ['capitalized-run', 'name-suffix', 'person-tag', 'merge-mentions'],
      },
    ]);
  });

  it('keeps a Roman numeral after a name, but not after an ordinary word', () => {
    expect(people('Sen. Walter Hicks III toured the plant. Hicks said World War II veterans worked there.')).toEqual([
      { name: 'Walter Hicks III', title: 'Sen.', mentions: ['Walter Hicks III', 'Hicks'], rules: ['capitalized-run', 'name-suffix', 'person-cue', 'merge-mentions', 'stranded-surname'] },
    ]);
  });

  it('reads an office word before the suffix as the surname', () => {
    expect(people('Crowds sang songs of Martin Luther King Jr. on the bridge.').map((p) => p.name)).toEqual(['Martin Luther King Jr.']);
  });

  it('keeps a father and his son of one name apart', () => {
    expect(people('Tony Hale and his son, Tony Hale Jr., caught the fish. Hale Jr. said it was big.').map((p) => [p.name, p.mentions])).toEqual([
      ['Tony Hale', ['Tony Hale']],
      ['Tony Hale Jr.', ['Tony Hale Jr', 'Hale Jr']],
    ]);
  });

  it('the scorer keys a suffixed name on its surname', () => {
    expect(withoutNameSuffix(['carlos', 'ramos,', 'jr.'])).toEqual(['carlos', 'ramos']);
    expect([surname('Carlos Ramos, Jr.'), surname('Walter Hicks III'), surname('Jr.')]).toEqual(['ramos', 'hicks', 'jr']);
  });
});
