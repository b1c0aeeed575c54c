// Organization names: short forms, observatories, charters; wire-style sentences of my own.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const organizations = (text: string) =>
  extract(text, { refDate: '2025-04-08', explain: true, only: ['actors'] })
    .actors.filter((a) => a.type === 'organization')
    .map((a) => ({ name: a.name, aliases: a.aliases, rules: a.rules }));

describe('organization-short-form', () => {
  it('joins the first words of a name, cut before "for", to the full name told earlier', () => {
    const text =
      'The Yemeni Observatory for Civil Rights said 12 people died. Later the Yemeni Observatory said the toll had risen.';
    expect(organizations(text)).toEqual([
      {
        name: 'Yemeni Observatory for Civil Rights',
        aliases: ['Yemeni Observatory'],
        rules: ['capitalized-run', 'organization-tag', 'merge-mentions', 'organization-name', 'organization-word', 'organization-short-form'],
      },
    ]);
  });
});

describe('event-name', () => {
  it('reads a charter or a declaration as a document, not an organization', () => {
    expect(organizations('The envoy said the move broke the UN Charter and the Helsinki Declaration.')).toEqual([]);
  });
});

describe('regional-affiliate', () => {
  it('reads a group and the region it operates in as one organization, apart from the group', () => {
    const text =
      'Police blamed al-Qaida in Iraq for the car bomb. A second claim came from al-Qaeda in the Arabian Peninsula, ' +
      'and Al-Qaida itself said nothing.';
    expect(organizations(text)).toEqual([
      { name: 'al-Qaida in Iraq', aliases: [], rules: ['capitalized-run', 'regional-affiliate'] },
      { name: 'al-Qaeda in the Arabian Peninsula', aliases: [], rules: ['capitalized-run', 'regional-affiliate'] },
      { name: 'Al-Qaida', aliases: [], rules: ['known-name', 'known-organization'] },
    ]);
  });

  it('reads no affiliate after an acronym, which may as well be a verb in capitals', () => {
    expect(organizations('Officials said ISIS in Syria had lost ground.').map((o) => o.name)).toEqual(['ISIS']);
  });

  it('leaves a group named in a place as the group', () => {
    expect(organizations('The Islamic State in 2014 seized Mosul.').map((o) => o.name)).toEqual(['Islamic State']);
  });
});

describe('defined-acronym', () => {
  it('makes an acronym one organization with the longer name it is defined by', () => {
    const text = 'The UN Office for the Coordination of Humanitarian Affairs (OCHA) said 300 families had fled. OCHA added that two roads were cut.';
    expect(organizations(text)).toEqual([
      {
        name: 'UN Office for the Coordination of Humanitarian Affairs',
        aliases: ['OCHA'],
        rules: ['capitalized-run', 'defined-acronym', 'merge-mentions'],
      },
    ]);
  });
});
