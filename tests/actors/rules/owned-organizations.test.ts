// Owned-organization rules, each on wire-style sentences of my own: organs named in lower case.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const organizations = (text: string) =>
  extract(text, { refDate: '2025-04-08', explain: true, only: ['actors'] })
    .actors.filter((a) => a.type === 'organization')
    .map((a) => ({ name: a.name, country: a.country, rules: a.rules }));

describe('state-organ', () => {
  it('reads a state and its ministry in lower case', () => {
    expect(organizations('The Danish foreign ministry summoned the envoy on Tuesday.')).toEqual([
      { name: 'Danish foreign ministry', country: 'Denmark', rules: ['state-organ'] },
    ]);
  });
  it('reads a demonym of two words', () => {
    expect(organizations('The Costa Rican foreign ministry summoned the envoy on Tuesday.')).toEqual([
      { name: 'Costa Rican foreign ministry', country: 'Costa Rica', rules: ['state-organ'] },
    ]);
  });
});

describe('state-armed-force', () => {
  it('takes an army, a military or an air force that acts', () => {
    expect(organizations('The Chilean army said two soldiers were hurt, and the U.S. military sent aid.')).toEqual([
      { name: 'Chilean army', country: 'Chile', rules: ['state-armed-force'] },
      { name: 'U.S. military', country: 'United States', rules: ['state-armed-force'] },
    ]);
    expect(organizations('Witnesses said the Peruvian air force bombed the camp at dawn.')).toEqual([
      { name: 'Peruvian air force', country: 'Peru', rules: ['state-armed-force'] },
    ]);
  });

  it('leaves a force of a place whose name only ends in a state\'s', () => {
    expect(organizations('Northern Ireland police said the march passed off peacefully.')).toEqual([]);
    expect(organizations('In the north, northern Ireland police said the march passed off peacefully.')).toEqual([]);
  });

  it('leaves a force that is only described', () => {
    expect(organizations('Rebels overran a Chilean army base and seized Peruvian military trucks.')).toEqual([]);
  });
});

describe('portfolio-ministry', () => {
  it('takes a ministry named by its portfolio alone', () => {
    expect(organizations('At least 40 people died, the health ministry said on Sunday.')).toEqual([
      { name: 'health ministry', country: null, rules: ['portfolio-ministry'] },
    ]);
    expect(organizations('The toll rose to 12, interior ministry officials said.')).toEqual([
      { name: 'interior ministry', country: null, rules: ['portfolio-ministry'] },
    ]);
  });

  it('does not take a portfolio word that only describes a ministry', () => {
    expect(organizations('He spent ten years in trade and ministry work before the vote.')).toEqual([]);
  });
});

describe('news-only owned organizations', () => {
  it('leaves armed forces and bare ministries out under the conll profile', () => {
    const text = 'The Chilean army said the health ministry had counted 12 dead.';
    const names = (profile: 'news' | 'conll') =>
      extract(text, { refDate: '1996-08-22', profile, only: ['actors'] }).actors.filter((a) => a.type === 'organization').map((a) => a.name);
    expect(names('news')).toEqual(['Chilean army', 'health ministry']);
    expect(names('conll')).toEqual([]);
  });
});
