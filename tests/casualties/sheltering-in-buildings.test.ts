// sheltering-in-buildings: people sheltering or taking refuge in schools, churches or tents are displaced.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('sheltering-in-buildings', () => {
  it('reads people sheltering in the buildings they fled to', () => {
    expect(figures('Nearly 6,000 villagers are sheltering in schools after the river flooded their farms.')).toEqual([['displaced', 6000]]);
    expect(figures('About 900 families have been taking refuge in local churches since the fighting began.')).toEqual([['displaced', 900]]);
    expect(figures('Around 300 residents took shelter in a mosque overnight.')).toEqual([]);
    expect(figures('Some 2,500 people were sleeping in tents on the edge of the town.')).toEqual([['displaced', 2500]]);
  });

  it('leaves people who are only in a school', () => {
    expect(figures('About 400 pupils were in schools when the quake hit, but none were hurt.')).toEqual([]);
    expect(figures('Some families took refuge in churches as the storm passed.')).toEqual([]);
  });
});
