// nearer-figure-takes-cue: a figure in the place phrase after the people, standing right before the cue, is the one the cue counts.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('nearer-figure-takes-cue', () => {
  it('the displaced are not counted by the cue of the dead after them', () => {
    expect(figures('Heavy rains drove 8,000 people from their homes and left four dead, the relief agency said.')).toEqual([
      ['displaced', 8000],
      ['killed', 4],
    ]);
  });

  it('a figure with its people before the cue takes it too', () => {
    expect(figures('Police were questioning two men from the town where a fire left five people dead.')).toEqual([['killed', 5]]);
  });

  it('before a place phrase a second figure is a part with the cue of its own', () => {
    expect(figures('Three men and one woman were injured in the crash.')).toEqual([
      ['injured', 3],
      ['injured', 1],
    ]);
  });
});
