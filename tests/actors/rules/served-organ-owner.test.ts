// The office described as serving a state's organ gives its holder that state; sentences of my own.
import { describe, expect, it } from 'vitest';
import { person } from './helpers.js';

describe('served-organ-owner', () => {
  it("takes the state of the ministry an office is for", () => {
    expect(person('The spokesman for the Chilean Foreign Ministry, Pablo Mena, denied the report.', 'Pablo Mena')).toEqual({
      title: 'spokesman for the Chilean Foreign Ministry',
      country: 'Chile',
      rules: ['capitalized-run', 'served-organ-owner', 'person-cue'],
    });
  });

  it('takes the state of the organ an adviser is to', () => {
    expect(person('An adviser to the Peruvian Interior Ministry, Rosa Quispe, said troops were ready.', 'Rosa Quispe')?.country).toBe('Peru');
  });

  it('gives no state to an office for a body of none', () => {
    expect(person('The spokesman for the regional water board, Pablo Mena, said supplies were safe.', 'Pablo Mena')?.country).toBe(null);
  });
});

describe('served-organ-owner: a posting', () => {
  it('gives no state from the country an envoy is posted to', () => {
    expect(person('The special envoy to Peru, Laura Finch, met officials in Lima.', 'Laura Finch')?.country).toBe(null);
  });
});
