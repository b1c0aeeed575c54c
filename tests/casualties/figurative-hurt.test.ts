// "hurt" before a figure in a sentence about money is no injury (rule cue-before-number).
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('figurative hurt', () => {
  it('reads no injured figure where prices, tariffs or jobs do the hurting', () => {
    expect(figures('The rise in fuel prices hurt 3 million households, the central bank said.')).toEqual([]);
    expect(figures('Economists said the new tariffs were hurting 40,000 soybean farmers.')).toEqual([]);
  });

  it('still reads people hurt in a blast, a crash or a storm', () => {
    expect(figures('A car bomb exploded outside the ministry, hurting 30 people.')).toEqual([['injured', 30]]);
    expect(figures('A bus overturned on the mountain road, hurting 22 passengers.')).toEqual([['injured', 22]]);
    expect(figures('A fire at the tax office hurt six workers on Monday.')).toEqual([['injured', 6]]);
  });
});
