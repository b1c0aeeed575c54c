// Title and country rules, each on wire-style sentences of my own: the exact title, country and rule ids.
import { describe, expect, it } from 'vitest';
import { person } from './helpers.js';
import { officeHolder } from '../../../src/extract/actors/office-holders.js';

describe('office-holder', () => {
  it('gives a holder of a G20 office the country when the text names none, within the term', () => {
    expect(person('Talks resumed on Monday, and Emmanuel Macron said a deal was close.', 'Emmanuel Macron', '2019-05-02')).toEqual({
      title: null,
      country: 'France',
      rules: ['capitalized-run', 'person-tag', 'office-holder'],
    });
  });

  it('finds a holder by the one name they are called by, family name first where that is the custom', () => {
    expect(officeHolder('Xi', 2020)).toEqual({ country: 'China', office: 'President' });
    expect(officeHolder('Lavrov', null)).toEqual({ country: 'Russia', office: 'Foreign Minister' });
    expect(officeHolder('Recep Tayyip Erdogan', 2016)).toEqual({ country: 'Turkey', office: 'President' });
  });

  it('gives nothing outside the term or for an unknown name', () => {
    expect(officeHolder('Michel Barnier', 2018)).toBeNull();
    expect(officeHolder('Maria Oduya', 2018)).toBeNull();
  });

  it('never overrides the country the text gives', () => {
    expect(person('Canadian envoy John Baird met the delegation on Monday.', 'John Baird', '2013-05-02')?.country).toBe('Canada');
  });
});

describe('counterpart-title', () => {
  it('gives a counterpart the office of the titled person the sentence pairs them with', () => {
    const text = 'Kenyan President Amos Wekesa spoke by phone with his Ugandan counterpart Paul Okello on Monday.';
    expect(person(text, 'Paul Okello')).toEqual({
      title: 'President',
      country: 'Uganda',
      rules: ['capitalized-run', 'person-cue', 'counterpart-title'],
    });
  });
});

describe('office forms', () => {
  it('writes a short office out in full', () => {
    expect(person('PM Ravi Menon met farmers in Delhi on Monday.', 'Ravi Menon')?.title).toBe('Prime Minister');
    expect(person('The letter was signed by FM Ana Torres on Monday.', 'Ana Torres')?.title).toBe('Foreign Minister');
  });

  it('keeps the hyphen of an office as written', () => {
    expect(person('NATO Secretary-General Lars Holm warned on Monday of new threats.', 'Lars Holm')?.title).toBe('Secretary-General');
  });
});

describe('story-home-country', () => {
  const text =
    'Kenyan police said on Monday that floods had hit Kenya hard. Kenyan officials met in Nairobi, and Kenya asked for help. ' +
    'Police chief Peter Mwangi said roads were closed. UN spokesman Tomas Berg said aid was on its way.';

  it("lends the state a story is about to its domestic officials, not to a spokesman who may speak for another body", () => {
    expect(person(text, 'Peter Mwangi')?.country).toBe('Kenya');
    expect(person(text, 'Tomas Berg')?.country).toBeNull();
  });
});
