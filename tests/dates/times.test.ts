import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

describe('times of day', () => {
  it.each([
    ['The blast hit the market at 10:35 a.m. local time.', '10:35 a.m. → TIME 2026-03-10T10:35'],
    ['Polls close at 8 p.m. EST Wednesday.', '8 p.m. EST Wednesday → TIME 2026-03-11T20:00'],
    ['The curfew starts at midnight.', 'midnight → TIME 2026-03-10T24:00'],
    ['Protesters gathered tonight outside parliament.', 'tonight → TIME 2026-03-10TNI'],
    ['Sirens sounded last night across the city.', 'last night → TIME 2026-03-09TNI'],
    ['The minister spoke this morning.', 'this morning → TIME 2026-03-10TMO'],
  ])('%s', (text, expected) => {
    expect(summary(text)).toContain(expected);
  });

  it('leaves a sentence-final full stop to the sentence', () => {
    expect(summary('The curfew begins at 6 p.m. Shops closed early.')).toContain('6 p.m → TIME 2026-03-10T18:00');
  });
});

describe('clock-time with an aside', () => {
  it('dates a time from the day named after its conversion to GMT, and keeps both outside its extent', () => {
    expect(summary('The blast hit the market at about 10:35 a.m. (0735 GMT) Friday, police said.')).toEqual([
      '10:35 a.m. → TIME 2026-03-06T10:35',
      'Friday → DATE 2026-03-06',
    ]);
  });

  it('reads no year in a 24-hour GMT time', () => {
    expect(summary('The ferry left at 6 p.m. (1500 GMT) and sank.')).toEqual(['6 p.m. → TIME 2026-03-10T18:00']);
  });
});

describe('an hour with the part of the day written out (clock-time)', () => {
  it('keeps "in the morning" / "at night" in the time and reads a.m. or p.m. from it', () => {
    expect(summary("The first shells fell at 3 o'clock in the afternoon.")).toEqual(["3 o'clock in the afternoon → TIME 2026-03-10T15:00"]);
    expect(summary('The convoy will leave at 4 in the morning.')).toEqual(['4 in the morning → TIME 2026-03-10T04:00']);
    expect(summary('Residents heard gunfire at 11 at night.')).toEqual(['11 at night → TIME 2026-03-10T23:00']);
    expect(summary('The vigil began at 9 p.m. in the evening.')).toEqual(['9 p.m. in the evening → TIME 2026-03-10T21:00']);
  });

  it('reads a bare hour only after a word that introduces a time', () => {
    expect(summary('The striker scored 2 in the afternoon session.')).toEqual([]);
  });
});

describe('the middle of a part of the day (mid-day-part)', () => {
  it('is a TIME on the reference day or on the day named after it', () => {
    expect(summary('By mid-afternoon, troops had sealed the border.')).toEqual(['mid-afternoon → TIME 2026-03-10TAF']);
    expect(summary('Shares slid by mid-afternoon yesterday.')).toEqual(['mid-afternoon yesterday → TIME 2026-03-09TAF']);
    expect(summary('The crowd dispersed midmorning Saturday.')).toEqual(['midmorning Saturday → TIME 2026-03-07TMO']);
  });
});
