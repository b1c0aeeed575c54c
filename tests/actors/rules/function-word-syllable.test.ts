// Rule 'function-word-syllable': a Chinese name syllable the tagger reads as a pronoun or a month
// ("He", "Jun") is part of the name beside it, not a word that ends it.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const people = (text: string) =>
  extract(text, { refDate: '2025-04-08', explain: true, only: ['actors'] })
    .actors.filter((a) => a.type === 'person')
    .map((a) => ({ name: a.name, title: a.title, rules: a.rules }));

describe('function-word-syllable', () => {
  it('reads a surname "He" after an office', () => {
    expect(people('Vice Premier He Weiming opened the trade fair in Xiamen on Monday.')).toEqual([
      { name: 'He Weiming', title: 'Vice Premier', rules: ['capitalized-run', 'function-word-syllable', 'person-cue'] },
    ]);
  });

  it('reads a given name "Jun" after a surname, and "He" closing a name', () => {
    expect(people('Trade Minister Liu He and Ambassador Zhou Jun attended the signing.').map((p) => p.name)).toEqual(['Liu He', 'Zhou Jun']);
  });

  it('leaves "He" opening a sentence and a headline verb before it alone', () => {
    expect(people('Minister Tang Hong spoke first. He said exports rose.').map((p) => p.name)).toEqual(['Tang Hong']);
    expect(people('Rivera Says He Will Run Again\n\nMayor Ana Rivera said on Monday she would stand.').map((p) => p.name)).toEqual(['Ana Rivera']);
  });

  it('leaves "Jun" before a day as a month', () => {
    expect(people('Governor Mark Eaton spoke in Denver Jun 5 about water.').map((p) => p.name)).toEqual(['Mark Eaton']);
  });
});
