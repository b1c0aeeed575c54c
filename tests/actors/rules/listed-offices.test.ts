// One office written for several people, and an office of a state set off before the name, on wire-style sentences of my own.
import { describe, expect, it } from 'vitest';
import { person } from './helpers.js';

describe('plural-office', () => {
  it('gives each person the office and the state in the same place of the list', () => {
    const text = 'The Presidents of Chile and the United States Gabriel Ortiz and Mark Dalton met on Monday in Lima.';
    expect(person(text, 'Gabriel Ortiz')).toEqual({ title: 'President', country: 'Chile', rules: ['capitalized-run', 'joiner-split', 'person-tag', 'plural-office'] });
    expect(person(text, 'Mark Dalton')).toEqual({ title: 'President', country: 'United States', rules: ['capitalized-run', 'joiner-split', 'person-tag', 'plural-office'] });
  });

  it('gives each person the portfolio in the same place, and the owner written before', () => {
    const text = 'British Secretaries of State and Defence Anne Holt and Peter Gray flew to Kyiv on Friday.';
    expect(person(text, 'Anne Holt')).toEqual({ title: 'Secretary of State', country: 'United Kingdom', rules: ['capitalized-run', 'joiner-split', 'person-tag', 'plural-office'] });
    expect(person(text, 'Peter Gray')).toEqual({ title: 'Secretary of Defence', country: 'United Kingdom', rules: ['capitalized-run', 'joiner-split', 'person-tag', 'plural-office'] });
  });

  it('gives a plural office with no list to each name after it', () => {
    const text = 'Deputy Foreign Ministers Ali Rezaei and Hamid Karimi will also attend the meeting.';
    expect(person(text, 'Ali Rezaei')).toEqual({ title: 'Deputy Foreign Minister', country: null, rules: ['capitalized-run', 'joiner-split', 'person-tag', 'plural-office'] });
    expect(person(text, 'Hamid Karimi')).toEqual({ title: 'Deputy Foreign Minister', country: null, rules: ['capitalized-run', 'joiner-split', 'person-tag', 'plural-office'] });
  });

  it('leaves a described group of officials alone', () => {
    const text = 'Officials Ali Rezaei and Hamid Karimi will also attend the meeting.';
    expect(person(text, 'Hamid Karimi')?.title).toBeNull();
  });
});

describe('office-of-state-before-name', () => {
  it('gives the name set off after an office of a state that office and state', () => {
    const text = 'Prime Minister of Nepal, Ram Thapa, and his host held talks on Monday.';
    expect(person(text, 'Ram Thapa')).toEqual({ title: 'Prime Minister', country: 'Nepal', rules: ['capitalized-run', 'unexplained-run', 'office-of-state-before-name'] });
  });

  it('leaves the next name of a list alone', () => {
    const text = 'The summit drew Ram Thapa, Prime Minister of Nepal, Sonam Dorji and others.';
    expect(person(text, 'Sonam Dorji')).toEqual({ title: null, country: null, rules: ['capitalized-run', 'unexplained-run'] });
  });
});
