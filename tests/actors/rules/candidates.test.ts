// Candidate rules (split, piece and rejection rules), each on wire-style sentences of my own.
import { describe, expect, it } from 'vitest';
import { nameText } from '../../../src/extract/actors/rules/types.js';
import { candidatesIn } from './helpers.js';

/** Every candidate of the text: its words, title, country and rule ids. */
const candidates = (text: string) =>
  candidatesIn(text).out.map(({ c }) => ({ name: nameText(c), title: c.title, country: c.country, rules: c.rules }));

describe('run words', () => {
  it('leaves an article that opens a sentence out of the name after it', () => {
    expect(candidates('The Dorland Police Department said two men were held.').map((c) => c.name)).toEqual(['Dorland Police Department']);
  });
});

describe('piece rules', () => {
  it('organization-name: a department "of" something after the place that owns it', () => {
    expect(candidates('The Kelso County Department of Public Works said the road was shut.').map((c) => [c.name, c.rules])).toEqual([
      ['Kelso County Department of Public Works', ['organization-name']],
    ]);
  });
});

describe('split rules', () => {
  it('possessive-split: a possessive owns the office and name after it', () => {
    expect(candidates("Norway's Foreign Minister Lars Dahl spoke first.")).toEqual([
      { name: 'Norway', title: null, country: null, rules: ['known-name', 'possessive-split'] },
      { name: 'Lars Dahl', title: 'Foreign Minister', country: 'Norway', rules: ['capitalized-run', 'possessive-split', 'portfolio-title'] },
    ]);
  });

  it("possessive-split: an office's or a plural noun's possessive inside an organization's name stays", () => {
    expect(candidates("The Governor's Office and the People's Union said Peru's Trade Ministry had agreed.").map((c) => [c.name, c.rules])).toEqual([
      ["Governor's Office", ['organization-name']],
      ["People's Union", ['organization-name']],
      ['Peru', ['known-name', 'possessive-split']],
      ['Trade Ministry', ['organization-name', 'possessive-split']],
    ]);
  });

  it('joiner-split: the words an acronym in parentheses spells stay whole', () => {
    expect(candidates('The Office for the Relief of Flood Victims (ORFV) said 300 homes were lost.').map((c) => c.name)).toEqual([
      'Office for the Relief of Flood Victims',
      'ORFV',
    ]);
  });

  it('joiner-split: "and" parts two names, "of" after an organization word binds', () => {
    expect(candidates('The deal was signed by Lars Dahl and Mira Holm on Friday.')).toEqual([
      { name: 'Lars Dahl', title: null, country: null, rules: ['capitalized-run', 'joiner-split'] },
      { name: 'Mira Holm', title: null, country: null, rules: ['capitalized-run', 'joiner-split'] },
    ]);
    expect(candidates('The Bank of Iceland cut rates.')).toEqual([
      { name: 'Bank of Iceland', title: null, country: null, rules: ['organization-name'] },
    ]);
  });

  it('country-hyphen-split: a hyphen between country words joins two owners', () => {
    expect(candidates('The Chile-Peru Accord was signed.').map((c) => [c.name, c.rules])).toEqual([
      ['Chile', ['known-name', 'country-hyphen-split']],
      ['Peru Accord', ['capitalized-run', 'country-hyphen-split']],
    ]);
  });

  it('organization-then-given-name: an organization word, then a given name, starts a person', () => {
    expect(candidates('The talks were led by the Presidential Office David Miller.')).toEqual([
      { name: 'Presidential Office', title: null, country: null, rules: ['organization-name', 'organization-then-given-name'] },
      { name: 'David Miller', title: null, country: null, rules: ['capitalized-run', 'organization-then-given-name'] },
    ]);
  });
});

describe('piece rules', () => {
  it('known-name, organization-name and capitalized-run with its office-owner', () => {
    expect(candidates('Oslo Mayor Karen Lund met the Fisheries Council in Sweden.')).toEqual([
      { name: 'Oslo', title: null, country: null, rules: ['office-owner'] },
      { name: 'Karen Lund', title: 'Mayor', country: 'Norway', rules: ['capitalized-run'] },
      { name: 'Fisheries Council', title: null, country: null, rules: ['organization-name'] },
      { name: 'Sweden', title: null, country: null, rules: ['known-name'] },
    ]);
  });
});

describe('headline split rules', () => {
  it('headline-verb-split: a verb in title case between two names is dropped', () => {
    expect(candidates('Merkel Phoned Macron, but Paris stays silent').map((c) => [c.name, c.rules])).toEqual([
      ['Merkel', ['capitalized-run', 'headline-verb-split']],
      ['Macron', ['capitalized-run', 'headline-verb-split']],
      ['Paris', ['known-name']],
    ]);
  });

  it('headline-verb-split: a syllable hyphenated inside a name is no verb ("Sang-mok" is not "sang")', () => {
    expect(candidates('Police said Choi Sang-mok ordered the army to stay on alert.').map((c) => c.name)).toEqual(['Choi Sang-mok']);
  });

  it('joiner-split: a title-case headline parts names at "For" and "And"', () => {
    expect(candidates('Senate Clears Path For Biden And Harris To Take Office').map((c) => c.name)).toEqual(['Path', 'Biden', 'Harris', 'Office']);
  });
});

describe('rejection rules', () => {
  it('faith-community: a people or place and a faith used as a description is no name', () => {
    expect(candidates('Leaders of the Punjabi Sikh community and Iraqi Sunni clerics met. Ravi Pandit spoke.').map((c) => c.name)).toEqual(['Ravi Pandit']);
  });

  it('office-acronym: an abbreviation the article defines by an office is no name', () => {
    expect(candidates('The District Medical Officer (DMO) said 12 were ill, and the DMO ordered tests.').map((c) => c.name)).toEqual(['District Medical Officer']);
  });

  it('addressed-by-office: a courtesy title before an office alone names no one; before a surname it does', () => {
    expect(candidates('"Thank you, Mr. President," Lars Dahl said. Madam Speaker called the vote, and Mr. King agreed.').map((c) => c.name)).toEqual([
      'Lars Dahl',
      'King',
    ]);
  });

  it('divine-name: God is named, not an actor', () => {
    expect(candidates('He thanked Allah Almighty and the crowd cheered.')).toEqual([]);
  });
});
