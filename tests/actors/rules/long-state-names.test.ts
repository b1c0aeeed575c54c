// States whose official names are long, hold a possessive or an "and", on wire-style sentences of my own.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { person } from './helpers.js';

/** Every actor of the text as type, name and the words of its mentions. */
function actors(text: string) {
  return extract(text, { refDate: '2025-04-08', only: ['actors'] }).actors.map((a) => ({ type: a.type, name: a.name, mentions: a.mentions.map((m) => m.text) }));
}

describe('possessive-split inside a state name', () => {
  it('keeps "People\'s Republic of China" whole, straight or curly apostrophe', () => {
    expect(actors("The People's Republic of China protested on Tuesday.")).toEqual([
      { type: 'country', name: 'China', mentions: ["People's Republic of China"] },
    ]);
    expect(actors('The People’s Republic of China protested on Tuesday.')).toEqual([
      { type: 'country', name: 'China', mentions: ['People’s Republic of China'] },
    ]);
  });

  it('does not read the Republic of Korea inside the Democratic People\'s Republic of Korea', () => {
    expect(actors("The Democratic People's Republic of Korea fired a missile, the Republic of Korea said.")).toEqual([
      { type: 'country', name: 'North Korea', mentions: ["Democratic People's Republic of Korea"] },
      { type: 'country', name: 'South Korea', mentions: ['Republic of Korea'] },
    ]);
  });

  it('still cuts a possessive that owns the words after it', () => {
    expect(person("China's President Wang Tao spoke on Monday.", 'Wang Tao')).toEqual({
      title: 'President',
      country: 'China',
      rules: ['capitalized-run', 'possessive-split', 'person-cue'],
    });
  });
});

describe('joiner-split inside a state name', () => {
  it('keeps two states with "and" in their names apart from the "and" between them', () => {
    expect(actors('Envoys of Bosnia and Herzegovina and Trinidad and Tobago signed the accord.')).toEqual([
      { type: 'country', name: 'Bosnia and Herzegovina', mentions: ['Bosnia and Herzegovina'] },
      { type: 'country', name: 'Trinidad and Tobago', mentions: ['Trinidad and Tobago'] },
    ]);
  });
});

describe('offices of states with names of four words or more', () => {
  it('reads the state after the office in an apposition', () => {
    expect(person('Li Wen, Premier of the People’s Republic of China, spoke by phone with him.', 'Li Wen')).toEqual({
      title: 'Premier',
      country: 'China',
      rules: ['capitalized-run', 'appositive-office', 'person-cue'],
    });
    expect(person('Jean Mbala, President of the Democratic Republic of the Congo, arrived on Monday.', 'Jean Mbala')).toEqual({
      title: 'President',
      country: 'Democratic Republic of the Congo',
      rules: ['capitalized-run', 'appositive-office', 'person-cue'],
    });
  });

  it('reads an office of a state set off before the name, after a sentence-opening "The"', () => {
    expect(person('The Prime Minister of Trinidad and Tobago, Ann Baptiste, said the talks went well.', 'Ann Baptiste')).toEqual({
      title: 'Prime Minister',
      country: 'Trinidad and Tobago',
      // described-office-of reads it first now, with the same title and country.
      rules: ['capitalized-run', 'described-office-of', 'person-cue'],
    });
  });
});
