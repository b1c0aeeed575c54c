// Rules 'vehicle-make', 'clock-meridiem' and 'place-elsewhere': names that the words around them
// show to be a vehicle, a time zone or heading, or a place.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const actors = (text: string) =>
  extract(text, { refDate: '2025-04-08', explain: true, only: ['actors'] }).actors.map((a) => ({ type: a.type, name: a.name, mentions: a.mentions.map((m) => m.text), rules: a.rules }));

describe('vehicle-make', () => {
  it('reads a make before a vehicle noun as no actor, even after a title-like word', () => {
    expect(actors('The bomb, hidden in a Kia pickup truck, went off near the market.')).toEqual([]);
    expect(actors('A King Air twin-engine plane crashed on takeoff near the coast.')).toEqual([]);
  });

  it('keeps a known body or a tagged organization before a vehicle noun, and a person driving one', () => {
    expect(actors('A Sudan Airways plane landed safely. Witnesses said Tom Hardy drove a van.').map((a) => [a.type, a.name, a.rules])).toEqual([
      ['organization', 'Sudan Airways', ['organization-name', 'organization-word']],
      ['person', 'Tom Hardy', ['capitalized-run', 'person-tag']],
    ]);
  });
});

describe('clock-meridiem', () => {
  it('reads no Prime Minister in a clock time and what follows it', () => {
    expect(actors('UPDATE: 10/02/24 4:15 PM Asia\n\nRescue teams reached the village.')).toEqual([]);
  });

  it('still reads "PM" as the office after a sentence that ends in a time', () => {
    expect(actors('Talks ended at 4:15. PM Nawaz Sharif left the hall.').map((a) => [a.name, a.rules])).toEqual([
      ['Nawaz Sharif', ['capitalized-run', 'person-cue']],
    ]);
  });
});

describe('place-elsewhere', () => {
  it('reads every mention of a name as the place one mention is shown to be', () => {
    expect(actors('The rally was held in Edison on Sunday. Crowds came to Edison, New Jersey, by bus.')).toEqual([
      { type: 'place', name: 'Edison', mentions: ['Edison', 'Edison'], rules: ['capitalized-run', 'place-elsewhere', 'merge-mentions', 'town-comma-region'] },
      { type: 'place', name: 'New Jersey', mentions: ['New Jersey'], rules: ['known-name', 'known-place'] },
    ]);
  });

  it('leaves a person with a title alone', () => {
    expect(actors('Mayor Edison spoke first. Crowds came to Edison, New Jersey, by bus.').map((a) => [a.type, a.name])).toEqual([
      ['person', 'Edison'],
      ['place', 'Edison'],
      ['place', 'New Jersey'],
    ]);
  });
});
