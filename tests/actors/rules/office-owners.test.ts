// The state a bare office belongs to, on wire-style sentences of my own.
import { describe, expect, it } from 'vitest';
import { person } from './helpers.js';

describe('bare-office-owner', () => {
  it('gives a country-less holder the one state whose office the story names', () => {
    const text = 'The Kenyan president arrived in Nairobi on Monday.\n\nPresident Paul Otieno said talks would resume.';
    expect(person(text, 'Paul Otieno')).toEqual({ title: 'President', country: 'Kenya', rules: ['capitalized-run', 'person-cue', 'bare-office-owner'] });
  });

  it('gives none when the story names holders of that office for other states', () => {
    const text =
      'The Kenyan president arrived on Monday.\n\nThe talks drew Ghanaian President Kofi Mensah, Malian President Ali Traore and ' +
      'their host, President Paul Otieno.';
    expect(person(text, 'Paul Otieno')).toEqual({ title: 'President', country: null, rules: ['capitalized-run', 'person-cue'] });
    expect(person(text, 'Kofi Mensah')).toEqual({ title: 'President', country: 'Ghana', rules: ['capitalized-run', 'person-cue'] });
  });
});
