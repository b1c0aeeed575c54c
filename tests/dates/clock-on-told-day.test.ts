import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference, 10 March 2026, is a Tuesday.
describe('refiner clock-on-told-day: a clock time with no day is on the day just told of', () => {
  it('takes the day of the sentence before', () => {
    expect(summary('The fire broke out on Saturday. Crews arrived at 11:40 p.m. and fought it all night.')).toEqual([
      'Saturday → DATE 2026-03-07',
      '11:40 p.m. → TIME 2026-03-07T23:40',
    ]);
  });

  it('takes a calendar day too', () => {
    expect(summary('The ferry sank on March 2. The last distress call came at 4:15 a.m. local time.')).toEqual([
      'March 2 → DATE 2026-03-02',
      '4:15 a.m. → TIME 2026-03-02T04:15',
    ]);
  });

  it('stays on the reference day with no day told shortly before', () => {
    expect(summary('Voting ends at 8 p.m., officials said.')).toEqual(['8 p.m. → TIME 2026-03-10T20:00']);
  });

  it('keeps a day named with the time', () => {
    expect(summary('The fire broke out on Saturday. Crews left at 6 a.m. Sunday.')).toEqual([
      'Saturday → DATE 2026-03-07',
      '6 a.m. Sunday → TIME 2026-03-08T06:00',
    ]);
  });

  it('keeps the day a clock time names, even the reference day', () => {
    expect(summary('The fire broke out on Saturday. Crews returned at 6 a.m. Tuesday.')).toEqual([
      'Saturday → DATE 2026-03-07',
      '6 a.m. Tuesday → TIME 2026-03-10T06:00',
    ]);
  });

  it('takes no day from a possessive, which names another event', () => {
    expect(summary("The euro was firmer than at Friday's close. At 1400 GMT it stood at 1.09 dollars.")).toEqual([
      'Friday → DATE 2026-03-06',
      '1400 GMT → TIME 2026-03-10T14:00',
    ]);
  });

  it('takes a day still ahead only for a time told of as ahead', () => {
    expect(summary('The hearing will be held on Thursday. It will open at 9:30 a.m. in the main courtroom.')).toEqual([
      'Thursday → DATE 2026-03-12',
      '9:30 a.m. → TIME 2026-03-12T09:30',
    ]);
    expect(summary('A truce takes effect on Friday. At 1500 GMT, shelling went on in the north.')).toEqual([
      'Friday → DATE 2026-03-13',
      '1500 GMT → TIME 2026-03-10T15:00',
    ]);
  });
});
