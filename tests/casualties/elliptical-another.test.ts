// elliptical-another: a list item that adds to the first with "another", the cue given once: "and another three in Georgia".
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('elliptical-another', () => {
  it('reads the added item with the kind of the first', () => {
    expect(figures('The floods killed four people in the valley and another two in the hills.')).toEqual([
      ['killed', 4],
      ['killed', 2],
    ]);
    expect(figures('Eleven soldiers were wounded in Kandahar, and a further six in Helmand.')).toEqual([
      ['injured', 11],
      ['injured', 6],
    ]);
  });

  it('keeps an added item of the same count apart from the first', () => {
    expect(figures('Three migrants drowned near Lesbos and another three near Samos.')).toEqual([
      ['killed', 3],
      ['killed', 3],
    ]);
  });
});
