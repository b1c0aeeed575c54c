// "Four people were shot, one fatally": the dead are part of those shot, so the injured are the rest.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('shot less dead', () => {
  it('takes the dead part from the total shot', () => {
    expect(figures('Six men were shot, two fatally, outside a nightclub early Saturday.')).toEqual([['injured', 4], ['killed', 2]]);
    expect(figures('Nine people were shot, three of them fatally, in a spate of weekend violence.')).toEqual([['injured', 6], ['killed', 3]]);
    expect(figures('A man walked into the diner and shot five people, killing one, before fleeing.')).toEqual([['injured', 4], ['killed', 1]]);
    expect(figures('3 shot, 1 dead in overnight gunfire')).toEqual([['injured', 2], ['killed', 1]]);
  });

  it('leaves a second group alone', () => {
    expect(figures('Police said eight people were shot, and two others were killed by a car.')).toEqual([['injured', 8], ['killed', 2]]);
    expect(figures('Eleven people were injured, one fatally, when the roof fell in.')).toEqual([['injured', 11], ['killed', 1]]);
  });
});
