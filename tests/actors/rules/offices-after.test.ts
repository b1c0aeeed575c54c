// Offices written after a name or around a rank, on wire-style sentences of my own.
import { describe, expect, it } from 'vitest';
import { person } from './helpers.js';

describe('office-of-portfolio', () => {
  it('keeps the portfolio an office is "of" in the title, and the name clean', () => {
    expect(person('Minister of Foreign Affairs Park Min-jun met his Chinese counterpart in Beijing on Monday.', 'Park Min-jun')).toEqual({
      title: 'Minister of Foreign Affairs',
      country: null,
      rules: ['capitalized-run', 'office-of-portfolio', 'person-cue'],
    });
  });

  it('reads portfolios joined by "and"', () => {
    expect(person('He was met by Minister of State for Trade and Industry Ravi Kumar on arrival.', 'Ravi Kumar')?.title).toBe(
      'Minister of State for Trade and Industry',
    );
  });
});

describe('appositive-office', () => {
  it('reads a capitalised office set off by commas after the name, with its state', () => {
    expect(person('Talks were held with Ana Silva, Minister of Foreign Affairs of Kenya, on Monday.', 'Ana Silva')).toEqual({
      title: 'Minister of Foreign Affairs',
      country: 'Kenya',
      rules: ['capitalized-run', 'appositive-office', 'person-cue'],
    });
  });

  it('reads a state by its formal name', () => {
    expect(person('Talks were held with Choi Jin, President of the Republic of Korea, on Monday.', 'Choi Jin')).toEqual({
      title: 'President',
      country: 'South Korea',
      rules: ['capitalized-run', 'appositive-office', 'person-cue'],
    });
  });

  it('leaves an office that a name follows to that name', () => {
    const text = 'The summit drew Ana Silva, Prime Minister of Kenya Paul Otieno and others.';
    expect(person(text, 'Ana Silva')).toEqual({ title: null, country: null, rules: ['capitalized-run', 'person-tag'] });
    expect(person(text, 'Paul Otieno')?.title).toBe('Prime Minister');
  });
});

describe('role-over-rank', () => {
  it('prefers the role after the name to the rank before it', () => {
    expect(person('Brigadier General Omar Haddad, the chief military spokesman, said five soldiers died.', 'Omar Haddad')).toEqual({
      title: 'chief military spokesman',
      country: null,
      rules: ['capitalized-run', 'role-over-rank', 'person-cue'],
    });
  });

  it('prefers the role before the rank, and gives no title to the place before the comma', () => {
    const text = 'Troops met resistance near Kalat, chief military spokesman Major General Tariq Aziz said on Monday.';
    expect(person(text, 'Tariq Aziz')).toEqual({
      title: 'chief military spokesman',
      country: null,
      rules: ['capitalized-run', 'role-over-rank', 'person-cue'],
    });
    expect(person(text, 'Kalat')).toEqual({ title: null, country: null, rules: ['capitalized-run', 'after-place-preposition'] });
  });

  it('gives a royal style way to the office after the name', () => {
    expect(person('Prince Khalid bin Saud, Minister of Foreign Affairs of Saudi Arabia, received a call on Monday.', 'Khalid bin Saud')).toEqual({
      title: 'Minister of Foreign Affairs',
      country: 'Saudi Arabia',
      rules: ['capitalized-run', 'role-over-rank', 'appositive-office', 'person-cue'],
    });
  });
});

describe('dateline-home-country', () => {
  it('takes the country written after the town of the dateline', () => {
    const text = 'KALAT, Pakistan, May 3 (AFP) - Army spokesman Faisal Iqbal said the road was closed.';
    expect(person(text, 'Faisal Iqbal')?.country).toBe('Pakistan');
  });
});
