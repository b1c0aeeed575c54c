// The described office before a comma and a name, capitalised after a state's possessive or with
// "of" and a state after it, on wire-style sentences of my own.
import { describe, expect, it } from 'vitest';
import { person } from './helpers.js';

describe('described-office-of', () => {
  it('keeps the office and gives the holder the state named after "of"', () => {
    expect(person('The president of Ghana, Kofi Mensah, addressed parliament on Tuesday.', 'Kofi Mensah')).toEqual({
      title: 'president',
      country: 'Ghana',
      rules: ['capitalized-run', 'described-office-of', 'person-cue'],
    });
  });

  it('reads "of the" and a state of two words', () => {
    expect(person('The ambassador of the United States, Laura Finch, left the meeting early.', 'Laura Finch')).toEqual({
      title: 'ambassador',
      country: 'United States',
      rules: ['capitalized-run', 'described-office-of', 'person-cue'],
    });
  });

  it('keeps a portfolio after "of" in the office', () => {
    expect(person("Ghana's Minister of Information, Kofi Mensah, rejected the report.", 'Kofi Mensah')).toEqual({
      title: 'Minister of Information',
      country: 'Ghana',
      rules: ['capitalized-run', 'described-office', 'person-cue'],
    });
  });
});

describe('described-office', () => {
  it("reads a capitalised office after a state's possessive", () => {
    expect(person("Peru's Interior Minister, Ana Quispe, said troops would be sent.", 'Ana Quispe')).toEqual({
      title: 'Interior Minister',
      country: 'Peru',
      rules: ['capitalized-run', 'described-office', 'person-cue'],
    });
  });

  it('reads no capitalised office without a determiner or a possessive state', () => {
    expect(person('Deputies from Northeast Commander, Ana Quispe and others attended.', 'Ana Quispe')?.title).toBe(null);
  });
});
