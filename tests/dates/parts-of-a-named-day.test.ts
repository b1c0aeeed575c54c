import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// Reference: Tuesday 10 March 2026. TempEval-3's gold marks only the day in "the night of Oct. 23" and
// "the early hours of Thursday morning", with the day's value: the part of the day stays out of the mention.
describe('a part of a named day written before it ("the morning of March 5") leaves the day alone', () => {
  it.each([
    ['Rebels stormed the town in the early hours of Saturday, police said.', ['Saturday → DATE 2026-03-07']],
    ['The strike began on the morning of March 5.', ['March 5 → DATE 2026-03-05']],
    ['Two bombs exploded on the night of Friday, March 6.', ['Friday, March 6 → DATE 2026-03-06']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('reads no date in a part of a day that is no date', () => {
    expect(summary('He described the morning of his arrest in detail.')).toEqual([]);
  });
});

describe('rule vague-duration: "the early hours of" is a part of a day, no amount of hours', () => {
  it('reads no duration in it, whatever day follows', () => {
    expect(summary('Troops entered the city in the early hours of Thursday morning.')).toEqual(['Thursday morning → TIME 2026-03-05TMO']);
    expect(summary('The fire started in the early hours of the holiday.')).toEqual([]);
  });

  it('still reads hours as a duration otherwise', () => {
    expect(summary('Rescuers worked for hours in the rubble.')).toEqual(['hours → DURATION PTXH']);
  });
});
