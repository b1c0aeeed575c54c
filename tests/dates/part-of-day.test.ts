import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// Reference: Tuesday 10 March 2026.
describe('refiner part-of-day: a part of a named day is one TIME on that day', () => {
  it.each([
    ['Rebels stormed the town in the early hours of Saturday, police said.', ['the early hours of Saturday → TIME 2026-03-07TMO']],
    ['The strike began on the morning of March 5.', ['the morning of March 5 → TIME 2026-03-05TMO']],
    ['Two bombs exploded on the night of Friday, March 6.', ['the night of Friday, March 6 → DATE 2026-03-06TNI']],
    ['Talks will resume on the afternoon of March 12.', ['the afternoon of March 12 → TIME 2026-03-12TAF']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('leaves a part of a day that is no date alone', () => {
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
