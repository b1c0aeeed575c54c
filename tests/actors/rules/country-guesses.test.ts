// Countries guessed where the text names none, and owners that forbid a guess, on wire-style sentences of my own.
import { describe, expect, it } from 'vitest';
import { COUNTRY_GUESSES } from '../../../src/extract/actors/country-guesses.js';
import { person } from './helpers.js';

describe('country guesses', () => {
  it('are tried in this order', () => {
    expect(COUNTRY_GUESSES.map((g) => g.id)).toEqual(['official-of-person', 'bare-office-owner', 'office-holder', 'dateline-home-country', 'story-home-country']);
  });
});

describe('state-organ-owner', () => {
  it('gives the state of an organ written before a rank, over the dateline', () => {
    const text = 'KABUL, May 3 (AP) - U.S. Navy Capt. Ray Hollis, a military spokesman, said the strike hit a car.';
    expect(person(text, 'Ray Hollis')).toEqual({
      title: 'military spokesman',
      country: 'United States',
      rules: ['capitalized-run', 'state-organ-owner', 'role-over-rank', 'person-cue'],
    });
  });
});

describe('stateless-owner', () => {
  it('leaves the official of a union of states without the dateline country', () => {
    const text = 'OSLO, May 3 (Reuters) - European Union foreign policy chief Anna Berg said talks would resume.';
    expect(person(text, 'Anna Berg')).toEqual({ title: 'foreign policy chief', country: null, rules: ['capitalized-run', 'stateless-owner', 'person-cue'] });
  });

  it('leaves the president of a council without a bare office owner or the dateline country', () => {
    const text = 'NEW DELHI, May 3 (PTI) - The Indian president met President of the European Council Pieter Claes on Monday.';
    expect(person(text, 'Pieter Claes')).toEqual({ title: 'President', country: null, rules: ['capitalized-run', 'organization-then-given-name', 'stateless-owner', 'person-cue'] });
  });
});

describe('dateline-home-country', () => {
  it('reads a capital with its district after it', () => {
    const text = 'WASHINGTON D. C., May 3 (AP) - Treasury Secretary Tom Baker said the new sanctions start on Friday.';
    expect(person(text, 'Tom Baker')).toEqual({ title: 'Treasury Secretary', country: 'United States', rules: ['capitalized-run', 'person-cue', 'dateline-home-country'] });
  });

  it('reads the country in brackets after the town', () => {
    const text = 'Lyon [France], May 3 (ANI): Interior Minister Paul Marchand said two suspects were held.';
    expect(person(text, 'Paul Marchand')).toEqual({
      title: 'Interior Minister',
      country: 'France',
      rules: ['capitalized-run', 'portfolio-title', 'person-cue', 'dateline-home-country'],
    });
  });
});

describe('chairs are no state officials', () => {
  it("gives the dateline's state to no chairman unless the office is the government's", () => {
    const text = 'ABUJA, May 3 (AP) - Profits fell, chairman Musa Bello said. Local government chairman Ibrahim Sani said the road was shut.';
    expect(person(text, 'Musa Bello')).toEqual({ title: 'chairman', country: null, rules: ['capitalized-run', 'person-cue'] });
    expect(person(text, 'Ibrahim Sani')).toEqual({
      title: 'Local government chairman',
      country: 'Nigeria',
      rules: ['capitalized-run', 'person-cue', 'dateline-home-country'],
    });
  });
});
