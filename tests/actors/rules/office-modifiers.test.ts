// Words that qualify an office belong to the title as written, and the nationality word before
// them still gives the person's country ("Kenyan opposition leader X" is Kenya's, not the dateline's).
import { describe, expect, it } from 'vitest';
import { person } from './helpers.js';

const titleAndCountry = (text: string, name: string) => {
  const found = person(text, name);
  return [found?.title, found?.country];
};

describe('office-modifiers', () => {
  it('keeps "opposition" with the office and reads the nationality before it', () => {
    const text = 'BERLIN (Reuters) - Kenyan opposition leader Omari Wekesa urged calm on Monday.';
    expect(titleAndCountry(text, 'Omari Wekesa')).toEqual(['opposition leader', 'Kenya']);
  });

  it('keeps interim and parliamentary qualifiers', () => {
    const text = 'Interim president Amos Tal met deputy parliamentary speaker Ida Berg on Monday.';
    expect([titleAndCountry(text, 'Amos Tal'), titleAndCountry(text, 'Ida Berg')]).toEqual([
      ['Interim president', null],
      ['deputy parliamentary speaker', null],
    ]);
  });
});
