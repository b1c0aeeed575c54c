// "his 15-year-old friend was wounded", "killing his wife": a possessive points at one person as an article does (single-victim).
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('one person after a possessive', () => {
  it('counts one person named by a possessive and a people noun', () => {
    expect(figures('A 17-year-old boy was killed and his 15-year-old friend was wounded in the shooting.')).toEqual([
      ['killed', 1],
      ['injured', 1],
    ]);
    expect(figures('Their son was found dead on Tuesday.')).toEqual([['killed', 1]]);
    expect(figures('The gunman shot and killed his wife before fleeing.')).toEqual([['killed', 1]]);
  });

  it('leaves a possessive before a thing', () => {
    expect(figures('His car was hit by gunfire.')).toEqual([]);
  });
});
