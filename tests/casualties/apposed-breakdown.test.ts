// The parts of a figure listed between it and its cue: "Six victims, four men and two women, were taken to hospital".
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('apposed-breakdown', () => {
  it('reads the whole and each listed part', () => {
    expect(figures('Five patients, three men and two women, were treated for burns at the clinic.')).toEqual([
      ['injured', 5],
      ['injured', 3],
      ['injured', 2],
    ]);
    expect(figures('Seven people, six tourists and a driver, were killed when the cable car fell.')).toEqual([
      ['killed', 7],
      ['killed', 6],
      ['killed', 1],
    ]);
  });

  it('reads only the whole when the parts do not add up to it', () => {
    expect(figures('Nine people, two police officers and three firefighters, were injured in the blast.')).toEqual([['injured', 9]]);
  });
});
