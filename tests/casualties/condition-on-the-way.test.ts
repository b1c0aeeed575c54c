// condition-on-the-way: the person's state may stand between the verb of taking and the hospital.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('condition-on-the-way', () => {
  it('reads "taken in critical condition to a hospital" as injured', () => {
    expect(figures('One person was transported in critical condition to Lakeside General Hospital, fire officials said.')).toEqual([['injured', 1]]);
    expect(figures('Two teenagers were rushed in serious condition to a nearby hospital.')).toEqual([['injured', 2]]);
  });
});
