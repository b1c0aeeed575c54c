// "Sheikh" inside a name written in full, and a style after an office's owner: rules
// style-inside-name and style-after-office, on sentences of my own.
import { describe, expect, it } from 'vitest';
import { person } from './helpers.js';

describe('style-inside-name', () => {
  it('keeps "Sheikh" between a given name and a family name as part of the name', () => {
    expect(person('MOGADISHU, May 5 (Reuters) - Abdi Sheikh Nur, Somalia\'s president, said the army would retake the port.', 'Abdi Sheikh Nur')).toEqual({
      title: 'president',
      country: 'Somalia',
      rules: ['capitalized-run', 'style-inside-name', 'person-cue'],
    });
  });

  it('still reads "Sheikh" after an office as a style', () => {
    expect(person('Qatari Prime Minister Sheikh Khalid bin Hamad met the envoy on Monday.', 'Khalid bin Hamad')?.title).toBe('Prime Minister');
  });
});

describe('style-after-office after an owner written with "of"', () => {
  it('drops the style after "Emir of Qatar"', () => {
    expect(person('The call came from Emir of Qatar Sheikh Hamad bin Ali Al Thani on Monday.', 'Hamad bin Ali Al Thani')).toEqual({
      title: 'Emir',
      country: 'Qatar',
      rules: ['capitalized-run', 'style-after-office', 'person-cue'],
    });
  });
});
