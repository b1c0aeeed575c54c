// further-part: after "Of the N dead, A were …", each further "B were …" is a part of the same whole.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('further-part', () => {
  it('reads a second part joined by "and"', () => {
    expect(figures('Of the 23 dead, 14 were soldiers and nine were civilians, the ministry said.')).toEqual([
      ['killed', 23],
      ['killed', 14],
      ['killed', 9],
    ]);
  });

  it('reads parts in a list joined by commas', () => {
    expect(figures('Of the 30 injured, 12 were students, eight were teachers and two were guards.')).toEqual([
      ['injured', 30],
      ['injured', 12],
      ['injured', 8],
      ['injured', 2],
    ]);
  });

  it('stops where the parts would pass the whole', () => {
    expect(figures('Of the 10 dead, six were men and 40 were buried on Sunday.')).toEqual([
      ['killed', 10],
      ['killed', 6],
    ]);
  });
});
