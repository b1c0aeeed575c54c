import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference, 10 March 2026, is a Tuesday.
describe('tense: what is awaited looks ahead', () => {
  it('reads "is due" and "is expected" as the future', () => {
    expect(summary('A ruling on the appeal is due Friday.')).toEqual(['Friday → DATE 2026-03-13']);
    expect(summary('The foreign minister is expected in Ankara on Thursday.')).toEqual(['Thursday → DATE 2026-03-12']);
    expect(summary('Quarterly figures are due out on Monday morning.')).toEqual(['Monday morning → TIME 2026-03-16TMO']);
  });

  it('reads "takes place" as a timetable, "took place" as the past', () => {
    expect(summary('The memorial service takes place on Saturday.')).toEqual(['Saturday → DATE 2026-03-14']);
    expect(summary('The memorial service took place on Saturday.')).toEqual(['Saturday → DATE 2026-03-07']);
  });

  it('takes the tense of "remain" or "stay" for the participle after it', () => {
    expect(summary('Ports will remain closed until Friday, the coast guard said.')).toEqual(['Friday → DATE 2026-03-13']);
    expect(summary('The border crossing will stay shut until Sunday.')).toEqual(['Sunday → DATE 2026-03-15']);
    expect(summary('Schools remained closed until Monday.')).toEqual(['Monday → DATE 2026-03-09']);
  });

  it('reads "until" a weekday ahead when the clause tells no past', () => {
    expect(summary('Bidders have until Thursday to submit offers.')).toEqual(['Thursday → DATE 2026-03-12']);
    expect(summary('The festival runs through Sunday.')).toEqual(['Sunday → DATE 2026-03-15']);
    expect(summary('The rebels held the town until Sunday.')).toEqual(['Sunday → DATE 2026-03-08']);
  });
});
