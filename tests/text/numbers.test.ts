import { describe, expect, it } from 'vitest';
import { NUMBER_PATTERN, parseNumber, parseOrdinal } from '../../src/text/numbers.js';

describe('parseNumber', () => {
  it.each([
    ['1,300', 1300],
    ['17', 17],
    ['1.2 million', 1_200_000],
    ['three', 3],
    ['twenty-five', 25],
    ['a dozen', 12],
    ['a half-dozen', 6],
    ['half a dozen', 6],
    ['one hundred and twelve', 112],
    ['two thousand', 2000],
    ['500,000', 500_000],
    ['half a million', 500_000],
    ['a half-million', 500_000],
    ['a quarter of a million', 250_000],
    ['a quarter million', 250_000],
    ['half a billion', 500_000_000],
  ])('reads %s as %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it('rejects words that are not numbers', () => {
    expect(parseNumber('several')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });
});

describe('NUMBER_PATTERN', () => {
  it('matches whole numbers inside text', () => {
    const re = new RegExp(`\\b${NUMBER_PATTERN}\\b`, 'gi');
    const found = 'nearly 1,300 people and twenty-five soldiers, 1.2 million displaced'.match(re);
    expect(found).toEqual(['1,300', 'twenty-five', '1.2 million']);
  });

  it('matches a share of a million whole, not the million alone', () => {
    const re = new RegExp(`\\b${NUMBER_PATTERN}\\b`, 'gi');
    expect('Nearly half a million fled and a quarter of a million more are stranded'.match(re)).toEqual(['half a million', 'a quarter of a million']);
  });

  it('matches half a dozen whole', () => {
    const re = new RegExp(`\\b${NUMBER_PATTERN}\\b`, 'gi');
    expect('A half-dozen homes burned and half a dozen people were hurt'.match(re)).toEqual(['A half-dozen', 'half a dozen']);
  });

  it('matches "one hundred and twenty" and "a hundred and five" whole, as it does "two hundred and twenty"', () => {
    const re = new RegExp(`\\b${NUMBER_PATTERN}\\b`, 'gi');
    expect('One hundred and twenty people died and a hundred and five were hurt'.match(re)).toEqual(['One hundred and twenty', 'a hundred and five']);
    expect(parseNumber('a hundred and five')).toBe(105);
  });
});

describe('parseOrdinal', () => {
  it('reads words and numerals', () => {
    expect(parseOrdinal('second')).toBe(2);
    expect(parseOrdinal('21st')).toBe(21);
    expect(parseOrdinal('many')).toBeNull();
  });
});
