// A second figure that borrows the first one's cue ("and five more in fighting near the border", rule elliptical-more) and a
// part told by its place ("including nine in the coastal province", rule part-by-place).
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('elliptical-more', () => {
  it('reads "N more" after a figure as a figure of the same kind', () => {
    expect(figures('Eight soldiers were killed in the valley and five more in fighting near the border.')).toEqual([
      ['killed', 8],
      ['killed', 5],
    ]);
  });
});

describe('part-by-place', () => {
  it('reads a part told by where as a figure of the whole\'s kind', () => {
    expect(figures('The storm killed 14 people, including nine in the coastal province.')).toEqual([
      ['killed', 14],
      ['killed', 9],
    ]);
  });

  it('reads no part that is not smaller than the whole', () => {
    expect(figures('The storm killed 14 people, including 20 in the coastal province.')).toEqual([['killed', 14]]);
  });
});
