// The base forms "wound" and "injure" before a figure, after "to" or a first verb ("opened fire to kill one and wound four").
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('base-form cues before a figure', () => {
  it('reads "wound" and "injure" as injured', () => {
    expect(figures('Witnesses said the man began firing to kill two and wound four others in the crowded market.')).toEqual([
      ['killed', 2],
      ['injured', 4],
    ]);
    expect(figures('Police said the attacker drove into the square to kill one man and injure 12 others.')).toEqual([
      ['killed', 1],
      ['injured', 12],
    ]);
  });

  it('keeps a base form after a modal hypothetical', () => {
    expect(figures('Officials warned the device could wound dozens if it went off.')).toEqual([]);
  });
});
