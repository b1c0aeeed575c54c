// Person merge rules: which earlier person a mention names, each on wire-style sentences of my own.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const people = (text: string) =>
  extract(text, { refDate: '2025-04-08', explain: true, only: ['actors'] })
    .actors.filter((a) => a.type === 'person')
    .map((a) => ({ name: a.name, mentions: a.mentions.map((m) => m.text), rules: a.rules }));

describe('person merge rules', () => {
  it('same-surname: a bare surname joins the latest person with it; two given names stay two people', () => {
    expect(people('Anna Lund met Erik Lund in Oslo. Lund said the talks went well.').map((p) => [p.name, p.mentions])).toEqual([
      ['Anna Lund', ['Anna Lund']],
      ['Erik Lund', ['Erik Lund', 'Lund']],
    ]);
  });

  it('family-name-first: a first word alone joins the name it opens', () => {
    expect(people('Trade Minister Li Wen met Lars Dahl. Li said trade was discussed.').map((p) => [p.name, p.mentions, p.rules.includes('family-name-first')])).toEqual([
      ['Li Wen', ['Li Wen', 'Li'], true],
      ['Lars Dahl', ['Lars Dahl'], false],
    ]);
  });
});
