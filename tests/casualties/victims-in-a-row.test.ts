import { describe, expect, it } from 'vitest';
import { casualties, figures } from './helpers.js';

describe('victims-in-a-row', () => {
  it('counts people written one after another with an article as one figure', () => {
    expect(figures('A man and a woman were found dead inside a farmhouse near Elkton on Tuesday.')).toEqual([['killed', 2]]);
    expect(figures('A teenager, a woman and a toddler were wounded in the drive-by shooting, police said.')).toEqual([['injured', 3]]);
    expect(figures('A nurse and her husband were hurt when the porch roof gave way.')).toEqual([['injured', 2]]);
  });

  it('reads past an aside between dashes', () => {
    expect(figures('An adult man – thought by deputies to be the shooter – and an adult woman were found dead in the garage.')).toEqual([['killed', 2]]);
  });

  it('gives each named victim a figure of one', () => {
    const found = casualties('Paula Greer, 34, and Dennis Hart, 41, were killed when their pickup left the highway.');
    expect(found.map((c) => [c.kind, c.count, c.victims])).toEqual([
      ['killed', 1, 'Paula Greer'],
      ['killed', 1, 'Dennis Hart'],
    ]);
  });

  it('counts a name and the words that describe it as one person', () => {
    expect(figures('Rosa Lind, 50, and her son, Owen Lind, 9, were shot and killed at the apartment.')).toEqual([['killed', 2]]);
  });

  it('does not count the row again as one person', () => {
    expect(figures('A man and a woman died in the blaze on Cole Street.')).toEqual([['killed', 2]]);
  });

  it('leaves places, titles and headline words alone', () => {
    expect(figures('Police were called to Maple Court and a woman were shot, a neighbor said.')).toEqual([]);
    expect(figures('Two Men, Including Teen, Shot Outside Diner')).toEqual([['injured', 2]]);
    expect(figures('Mark Ruiz and Tony Webb shot a clerk during the robbery.')).toEqual([]);
  });
});
