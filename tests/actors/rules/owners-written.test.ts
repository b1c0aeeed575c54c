// The official of a person named in the possessive, and an office given after "as", on wire-style sentences of my own.
import { describe, expect, it } from 'vitest';
import { person } from './helpers.js';

describe('official-of-person', () => {
  it("gives the official the country of the person whose office it is", () => {
    const text = "Chilean President Gabriel Ortiz will travel on Friday, Ortiz's spokesman Pablo Mena said.";
    expect(person(text, 'Pablo Mena')).toEqual({ title: 'spokesman', country: 'Chile', rules: ['capitalized-run', 'person-cue', 'official-of-person'] });
  });

  it('finds the person by the office the possessive names', () => {
    const text = "Chilean President Gabriel Ortiz will travel on Friday, the President's press secretary Pablo Mena said.";
    expect(person(text, 'Pablo Mena')).toEqual({ title: 'press secretary', country: 'Chile', rules: ['capitalized-run', 'person-cue', 'official-of-person'] });
  });
});

describe('office-after-as', () => {
  it('reads the owner and office given after "as"', () => {
    const text = 'Analysts asked whether the arrival of Mark Dalton as U.S. President would change the talks.';
    expect(person(text, 'Mark Dalton')).toEqual({ title: 'President', country: 'United States', rules: ['capitalized-run', 'office-after-as', 'person-cue'] });
  });

  it('leaves "as" before an office that a name follows', () => {
    const text = 'Mark Dalton spoke as President Ana Ruiz listened.';
    expect(person(text, 'Mark Dalton')).toEqual({ title: null, country: null, rules: ['capitalized-run', 'person-tag'] });
  });
});
