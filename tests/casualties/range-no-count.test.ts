// range-no-count: a range gives its bounds and no single figure, as the news gold writes it.
import { describe, expect, it } from 'vitest';
import { casualties, figures } from './helpers.js';

const read = (text: string) => casualties(text).map((c) => [c.kind, c.count, c.min, c.max, c.qualifier]);

describe('range-no-count', () => {
  it('gives "between 10 and 15" and "10 to 15" bounds only', () => {
    expect(read('Between 10 and 15 people were killed in the clashes.')).toEqual([['killed', null, 10, 15, 'range']]);
    expect(read('The storm left 200 to 300 families homeless.')).toEqual([['displaced', null, 200, 300, 'range']]);
    expect(read('Witnesses said the clashes killed 40-50 protesters.')).toEqual([['killed', null, 40, 50, 'range']]);
  });

  it('keeps a changed figure and a falling pair as figures', () => {
    expect(read('The toll rose from 12 to 15.')).toEqual([
      ['killed', 12, null, null, 'exact'],
      ['killed', 15, null, null, 'exact'],
    ]);
  });
});

describe('a handful', () => {
  it('is a vague figure', () => {
    expect(figures('A handful of worshippers were hurt when the roof gave way.')).toEqual([['injured', null]]);
  });
});
