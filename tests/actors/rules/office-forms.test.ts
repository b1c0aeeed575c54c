// Offices written with "ex-", with "for" a place, and the domestic offices that take the story's
// state: rules former-holder, office-for-place and story-home-country, on sentences of my own.
import { describe, expect, it } from 'vitest';
import { person } from './helpers.js';

describe('former-holder', () => {
  it('keeps "ex-" and the qualifier it is written on in the title', () => {
    expect(person('A car bomb hit a convoy carrying ex-Deputy Prime Minister Karim Haddad in Basra.', 'Karim Haddad')).toEqual({
      title: 'ex-Deputy Prime Minister',
      country: null,
      rules: ['capitalized-run', 'former-holder', 'person-cue'],
    });
  });

  it('reads an office written in lower case after "ex-"', () => {
    expect(person('The rally was led by ex-president Juan Ortega on Sunday.', 'Juan Ortega')).toEqual({
      title: 'ex-president',
      country: null,
      rules: ['capitalized-run', 'former-holder', 'person-cue'],
    });
  });
});

describe('office-for-place', () => {
  it('keeps the place an office serves in the title, not as its owner', () => {
    expect(person('Talks were led by Special Envoy for Yemen Lars Berg on Monday.', 'Lars Berg')).toEqual({
      title: 'Special Envoy for Yemen',
      country: null,
      rules: ['capitalized-run', 'office-for-place', 'person-cue'],
    });
  });

  it('still reads an organization after "for" as an owner', () => {
    expect(person('Minister for Europe Anna Holm met the press in Stockholm.', 'Anna Holm')?.title).toBe('Minister for Europe');
  });
});

describe('under secretaries', () => {
  it('reads an under secretary and the portfolio of the office', () => {
    expect(person('US Under Secretary of State for Political Affairs Ruth Baker will join the talks.', 'Ruth Baker')).toEqual({
      title: 'Under Secretary of State for Political Affairs',
      country: 'United States',
      rules: ['capitalized-run', 'office-of-portfolio', 'person-cue'],
    });
  });
});

describe('domestic offices take the story home country', () => {
  const text =
    'British ministers met on Monday as Britain counted votes. British officials said Britain would publish results soon. ' +
    'Secretary of State for Scotland Alan Reid chaired the session.';

  it('gives the state a story is about to a secretary of state for a part of it', () => {
    expect(person(text, 'Alan Reid')).toEqual({
      title: 'Secretary of State for Scotland',
      country: 'United Kingdom',
      rules: ['capitalized-run', 'office-for-place', 'person-cue', 'story-home-country'],
    });
  });
});

describe('office-holder: the US vice president', () => {
  it('gives a vice president in office the country', () => {
    expect(person('Vice President Kamala D. Harris presided over the joint session.', 'Kamala D. Harris', '2024-01-06')?.country).toBe('United States');
  });
});
