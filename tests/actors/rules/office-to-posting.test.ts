// Offices held at a posting, "to" and the place in the title: rule office-to-posting, on sentences of my own.
import { describe, expect, it } from 'vitest';
import { person } from './helpers.js';

describe('office-to-posting', () => {
  it('keeps the country posted to in the title and the owner as the country', () => {
    expect(person('CAIRO, May 5 (Reuters) - Japanese Ambassador to Egypt Kenji Sato said on Monday that trade had grown.', 'Kenji Sato')).toEqual({
      title: 'Ambassador to Egypt',
      country: 'Japan',
      rules: ['capitalized-run', 'office-to-posting', 'person-cue'],
    });
  });

  it('reads a body posted to, with "the"', () => {
    expect(person('French Envoy to the United Nations Marie Durand told the council the draft was unacceptable.', 'Marie Durand')).toEqual({
      title: 'Envoy to the United Nations',
      country: 'France',
      rules: ['capitalized-run', 'office-to-posting', 'person-cue'],
    });
  });

  it('leaves "to" after an office that is no posting out of the name', () => {
    expect(person('The Kenyan President William Otieno spoke to Ruth Kamau on Monday.', 'Ruth Kamau')?.title).toBe(null);
  });
});
