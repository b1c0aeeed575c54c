// harmed-and-died: one person told harmed and dead in one clause, "the boy was struck by a car and died at the scene".
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('harmed-and-died', () => {
  it('reads one death when the harm and the death share a clause', () => {
    expect(figures('The cyclist was struck by a bus on Main Street and died at the scene.')).toEqual([['killed', 1]]);
    expect(figures('Police said the victim was stabbed several times and later died.')).toEqual([['killed', 1]]);
    expect(figures('The boy was hurt in the fall and later died.')).toEqual([['killed', 1]]);
  });

  it('reads nothing when the death is not told of the one harmed', () => {
    expect(figures('The suspect was shot in the leg and taken into custody.')).toEqual([]);
  });
});
