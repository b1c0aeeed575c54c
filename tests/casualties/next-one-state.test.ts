// Rule next-one-state (single-victim): "a third is missing", one more counted by its place in a series, in the present.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('next-one-state', () => {
  it('counts one more of the state told', () => {
    expect(figures('Two firefighters were hurt and a third is missing after the warehouse roof caved in.')).toEqual([['injured', 2], ['missing', 1]]);
    expect(figures('Two climbers were rescued on Sunday; a third remains unaccounted for.')).toEqual([['missing', 1]]);
  });
});
