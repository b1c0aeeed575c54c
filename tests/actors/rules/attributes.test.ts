// Title and country rules, each on wire-style sentences of my own: the exact title, country and rule ids.
import { describe, expect, it } from 'vitest';
import { person } from './helpers.js';
import { officeHolder } from '../../../src/extract/actors/office-holders.js';
import { extract } from '../../../src/index.js';

/** The title, country and rule ids of the person named `name` in a text with no date. */
function undated(text: string, name: string) {
  const actor = extract(text, { refDate: null, explain: true, only: ['actors'] }).actors.find((a) => a.name === name);
  return actor && { title: actor.title, country: actor.country, rules: actor.rules };
}

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
    expect(officeHolder('Lavrov', 2010)).toEqual({ country: 'Russia', office: 'Foreign Minister' });
    expect(officeHolder('Recep Tayyip Erdogan', 2016)).toEqual({ country: 'Turkey', office: 'President' });
  });

  it("finds a holder by one name in an undated story only with the holder's office or country written", () => {
    expect(officeHolder('Lavrov', null)).toBeNull();
    expect(officeHolder('Lavrov', null, { title: 'Foreign Minister', countries: new Set() })).toEqual({ country: 'Russia', office: 'Foreign Minister' });
    expect(officeHolder('Lavrov', null, { title: null, countries: new Set(['Russia']) })).toEqual({ country: 'Russia', office: 'Foreign Minister' });
    expect(officeHolder('Sergei Lavrov', null)).toEqual({ country: 'Russia', office: 'Foreign Minister' });
    expect(undated('Harris, 34, was held at the county jail, police said.', 'Harris')).toEqual({
      title: null,
      country: null,
      rules: ['capitalized-run', 'person-tag'],
    });
    expect(undated('Vice President Harris toured the plant on Monday.', 'Harris')).toEqual({
      title: 'Vice President',
      country: 'United States',
      rules: ['capitalized-run', 'person-cue', 'office-holder'],
    });
    expect(undated('Lavrov said he would fly to Russia on Monday.', 'Lavrov')).toEqual({
      title: null,
      country: 'Russia',
      rules: ['capitalized-run', 'lone-name-speaks', 'office-holder'],
    });
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
