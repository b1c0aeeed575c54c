// colon-breakdown: the parts of a figure listed after a colon or dash, when they add up to it.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('colon-breakdown', () => {
  it('reads each part listed after a colon', () => {
    expect(figures('Officials said 11 people were killed in the raid: eight fighters and three farmers.')).toEqual([
      ['killed', 11],
      ['killed', 8],
      ['killed', 3],
    ]);
  });

  it('reads the parts after a dash', () => {
    expect(figures('The blast wounded 6 people - four workers and two drivers - at the depot.')).toEqual([
      ['injured', 6],
      ['injured', 4],
      ['injured', 2],
    ]);
  });

  it('reads nothing more when the list does not add up to the figure', () => {
    expect(figures('Nine people were injured: two nurses and a cook were among them.')).toEqual([['injured', 9]]);
    expect(figures('Five people died on Sunday: the police said 40 officers were deployed.')).toEqual([['killed', 5]]);
  });
});
