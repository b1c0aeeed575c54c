import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

describe('rule duration: "a day" after an amount is a rate (SET)', () => {
  it.each([
    ['The merger should save the group $40 million a year.', ['a year → SET P1Y']],
    ['The airline will add 900 seats a week on the route.', ['a week → SET P1W']],
    ['Police conduct hundreds of interviews a day.', ['a day → SET P1D']],
    ['The hotline is staffed 24 hours a day.', ['24 hours → DURATION PT24H', 'a day → SET P1D']],
    ['Pumps move fifty thousand barrels a month.', ['a month → SET P1M']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('counts from an event, no rate, when "after" follows', () => {
    expect(summary('Gunmen killed 12 villagers a day after the raid.')).toEqual(['a day → DURATION P1D']);
  });

  it('is a span of time after a preposition', () => {
    expect(summary('Spending posted its smallest gain in a year.')).toEqual(['a year → DURATION P1Y']);
  });
});

describe('rule speed: a length per hour is a speed, which TimeML leaves unmarked', () => {
  it.each([
    ['The truck was doing 70 miles an hour when it crashed.'],
    ['Gusts of 120 kilometers per hour tore roofs off.'],
    ['The ferry sails at 18 knots an hour.'],
  ])('%s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});
