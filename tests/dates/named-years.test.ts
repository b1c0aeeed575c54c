// Seasons and months of a named year, spans of years and fiscal years (reference: Tuesday 10 March 2026).
import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

describe('season-year', () => {
  it('reads a season of a year written in digits, with or without "of"', () => {
    expect(summary('The reservoir ran dry in the summer of 2014, engineers said.')).toEqual(['the summer of 2014 → DATE 2014-SU']);
    expect(summary('Fuel prices spiked in winter 2019 after the strike.')).toEqual(['winter 2019 → DATE 2019-WI']);
  });

  it('reads a season of a spoken year, as transcripts write it', () => {
    expect(summary('Crude last traded that low in the winter of nineteen ninety-eight.')).toEqual([
      'the winter of nineteen ninety-eight → DATE 1998-WI',
    ]);
  });

  it('takes no "fall" before a year without "the" or "of"', () => {
    expect(summary('Exports fall 2015 short of the target.')).toEqual(['2015 → DATE 2015']);
  });
});

describe('month with a spoken year', () => {
  it('reads "January nineteen ninety-seven" as one month', () => {
    expect(summary('A second blast hit the city in January nineteen ninety-seven.')).toEqual([
      'January nineteen ninety-seven → DATE 1997-01',
    ]);
  });
});

describe('year-range', () => {
  it('makes each end of a span of years its own mention', () => {
    expect(summary('Enrolment fell during the 2019-2021 school years.')).toEqual(['2019 → DATE 2019', '2021 → DATE 2021']);
    expect(summary('He governed the province 1994–1999.')).toEqual(['1994 → DATE 1994', '1999 → DATE 1999']);
  });

  it('takes no codes, amounts or backward pairs for ranges', () => {
    expect(summary('Call the hotline on 555-2012-2013 for details.')).toEqual([]);
    expect(summary('The model numbers 2040-2010 were recalled.')).toEqual([]);
  });
});

describe('fiscal years', () => {
  it('reads a fiscal year named relative to the reference', () => {
    expect(summary('The utility expects losses in the current fiscal year.')).toEqual(['the current fiscal year → DATE 2026']);
    expect(summary('Spending will rise next fiscal year, the minister said.')).toEqual(['next fiscal year → DATE 2027']);
  });

  it('keeps "fiscal year" inside a named year', () => {
    expect(summary('The carrier closed fiscal year 2024 with a loss.')).toEqual(['fiscal year 2024 → DATE 2024']);
  });
});
