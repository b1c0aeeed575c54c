// Offices that name their portfolio, and the title of the fullest name: my own wire-style sentences.
import { describe, expect, it } from 'vitest';
import { person } from './helpers.js';

describe('portfolio-title', () => {
  it('keeps the portfolio written before the office', () => {
    expect(person('Railway Minister Anil Deshmane visited the site of the derailment on Sunday.', 'Anil Deshmane')).toEqual({
      title: 'Railway Minister',
      country: null,
      rules: ['capitalized-run', 'portfolio-title', 'person-cue'],
    });
    expect(person('Fire Commissioner Ruth Calder said the blaze was under control.', 'Ruth Calder')?.title).toBe('Fire Commissioner');
  });

  it('reads a qualifier, a portfolio and the office as one title', () => {
    expect(person('The result was announced by Chief Electoral Commissioner Idris Kamara on Friday.', 'Idris Kamara')).toEqual({
      title: 'Chief Electoral Commissioner',
      country: null,
      rules: ['capitalized-run', 'portfolio-title', 'person-cue'],
    });
  });

  it('keeps a lower-case portfolio before the office', () => {
    expect(person('The bloc said its foreign policy chief Marta Ilves would travel to Cairo.', 'Marta Ilves')?.title).toBe('foreign policy chief');
  });

  it('leaves an owner that is no portfolio out of the title', () => {
    expect(person('Kenyan Trade Minister Joseph Wanyama met investors on Monday.', 'Joseph Wanyama')).toEqual({
      title: 'Trade Minister',
      country: 'Kenya',
      rules: ['capitalized-run', 'portfolio-title', 'person-cue'],
    });
  });
});

describe('title-of-fullest-name', () => {
  it('takes the title written by the full name over the headline short form', () => {
    const text = 'Premier Osei hails new trade deal\n\nACCRA - Ghanaian Prime Minister Kwame Osei said on Monday the deal would create jobs.';
    expect(person(text, 'Kwame Osei')).toEqual({
      title: 'Prime Minister',
      country: 'Ghana',
      rules: ['capitalized-run', 'person-cue', 'merge-mentions', 'title-of-fullest-name'],
    });
  });
});
