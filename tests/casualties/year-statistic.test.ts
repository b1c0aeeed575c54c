// A figure of a whole year told as a statistic is not a figure of the story (not-count rule year-statistic).
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('year-statistic', () => {
  it('reads no figure of a year given with data or as a tally', () => {
    expect(figures('Drunk driving killed more than 13,000 people in 2021, federal data show.')).toEqual([]);
    expect(figures('The county has recorded 52 homicides so far this year.')).toEqual([]);
    expect(figures('Police counted 310 murders last year, up from 280.')).toEqual([]);
  });

  it('keeps an earlier incident told with its year, and a war\'s toll since a year', () => {
    expect(figures('It was the deadliest fire since 31 people were killed at a nightclub in 2003.')).toEqual([['killed', 31]]);
    expect(figures('The insurgency has killed more than 9,000 people since 2015, according to official data.')).toEqual([['killed', 9000]]);
  });
});
