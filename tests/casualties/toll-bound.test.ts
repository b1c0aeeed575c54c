// toll: headline verbs that hand a toll its figure; toll-bound: "tops" a lower bound, "nears" an upper one.
import { describe, expect, it } from 'vitest';
import { casualties, figures } from './helpers.js';

const read = (text: string) => casualties(text).map((c) => [c.kind, c.count, c.min, c.max, c.qualifier]);

describe('toll headline verbs', () => {
  it('reads "climbs to", "hits" and "reaches" as the toll itself', () => {
    expect(figures('Flood death toll climbs to 57')).toEqual([['killed', 57]]);
    expect(figures('Storm toll hits 40 as rivers keep rising')).toEqual([['killed', 40]]);
    expect(figures('Ferry disaster toll reaches 112')).toEqual([['killed', 112]]);
  });
});

describe('toll-bound', () => {
  it('gives a toll past its figure a lower bound', () => {
    expect(read('Quake toll tops 300')).toEqual([['killed', 300, 300, null, 'at-least']]);
    expect(read('Death toll passes 1,000 in mountain villages')).toEqual([['killed', 1000, 1000, null, 'at-least']]);
    expect(read('The death toll has surpassed 2,400, the ministry said.')).toEqual([['killed', 2400, 2400, null, 'at-least']]);
  });

  it('gives a toll short of its figure an upper bound', () => {
    expect(read('Heatwave toll nears 100')).toEqual([['killed', 100, null, 100, 'approximate']]);
  });

  it('keeps the hedge the text gives', () => {
    expect(read('The toll tops at least 50, officials say.')).toEqual([['killed', 50, 50, null, 'at-least']]);
  });
});

describe('toll-bound thresholds', () => {
  it('reads no toll in a past-tense threshold', () => {
    expect(figures('A list of the storms in which the death toll exceeded 500')).toEqual([]);
  });
});

describe('toll from an earlier figure', () => {
  it('reads the figure a toll was revised from', () => {
    expect(figures('Officials revised the death toll down to 14 from an earlier 17.')).toEqual([
      ['killed', 14],
      ['killed', 17],
    ]);
  });
});
