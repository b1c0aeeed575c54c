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

  it('reads past a phrase of time or place before the dead part (rule shot-less-dead)', () => {
    expect(figures('Five people were shot early Sunday, one of them fatally, police said.')).toEqual([['injured', 4], ['killed', 1]]);
    expect(figures('Four teenagers were shot outside a convenience store on Elm Avenue, one fatally.')).toEqual([['injured', 3], ['killed', 1]]);
    expect(figures('Seven people were shot at about 2:30 a.m. in the 1200 block of Grant Street, two fatally.')).toEqual([['injured', 5], ['killed', 2]]);
  });

  it('leaves a second group alone', () => {
    expect(figures('Police said eight people were shot, and two others were killed by a car.')).toEqual([['injured', 8], ['killed', 2]]);
    expect(figures('Eleven people were injured, one fatally, when the roof fell in.')).toEqual([['injured', 11], ['killed', 1]]);
    expect(figures('Six people were shot and a woman was stabbed, one fatally, in the brawl.')).toEqual([['injured', 6], ['killed', 1]]);
    expect(figures('Six people were shot on Friday while two others were beaten, one fatally.')).toEqual([['injured', 6], ['killed', 1]]);
    expect(figures('Three guards were shot as they opened the gate, leaving one guard and the gunman dead.')).toEqual([['injured', 3], ['killed', 1]]);
  });
});
