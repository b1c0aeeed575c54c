// needed-hospitalization: people who needed or required hospitalization are injured, like those who needed treatment.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('needed-hospitalization', () => {
  it('reads people who needed hospitalization, and the part of a group who did', () => {
    expect(figures('Seven passengers required hospitalisation after the coach hit a wall.')).toEqual([['injured', 7]]);
    expect(figures('The outbreak has sickened 52 students, nine of whom needed hospitalization.')).toEqual([
      ['affected', 52],
      ['injured', 9],
    ]);
  });
});
