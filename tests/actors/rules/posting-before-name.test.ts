// An office posted to a place, written in lower case before a name: my own wire-style sentences.
import { describe, expect, it } from 'vitest';
import { person, personRecords } from './helpers.js';

describe('posting-before-name', () => {
  it('takes the place into the title and leaves it out of the name', () => {
    expect(person('U.S. envoy for Syria Thomas Braddock arrived in Damascus on Monday.', 'Thomas Braddock')).toEqual({
      title: 'envoy for Syria',
      country: 'United States',
      rules: ['capitalized-run', 'posting-before-name', 'person-cue'],
    });
  });

  it('keeps the qualifiers of the office and reads "to" as well as "for"', () => {
    expect(personRecords('U.S. special envoy for Ukraine Keith Kellner met officials in Kyiv.')).toEqual([
      { name: 'Keith Kellner', title: 'special envoy for Ukraine', country: 'United States' },
    ]);
    expect(personRecords('U.S. ambassador to Israel Mike Hubbard said the embassy would stay open.')).toEqual([
      { name: 'Mike Hubbard', title: 'ambassador to Israel', country: 'United States' },
    ]);
  });

  it('gives a UN posting no country', () => {
    expect(personRecords('UN envoy for Yemen Hans Grunder said the truce was holding.')).toEqual([
      { name: 'Hans Grunder', title: 'envoy for Yemen', country: null },
    ]);
  });
});
