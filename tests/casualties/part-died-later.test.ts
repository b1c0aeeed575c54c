// "Five people were shot. One of them died": the part told dead in a later sentence is among those shot.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('refiner part-died-later', () => {
  it('takes the part that died from the total shot or wounded told before it', () => {
    expect(figures('Police said five people were shot near the stadium on Sunday. One of them died at the hospital.')).toEqual([['injured', 4], ['killed', 1]]);
    expect(figures('Four men were wounded in the drive-by shooting. Two of the victims later died, a police spokesman said.')).toEqual([['injured', 2], ['killed', 2]]);
  });

  it('leaves the total when another harm is told between, or the total is of the injured', () => {
    expect(figures('Five people were shot on Sunday. Two others were stabbed. One of them died.')).toEqual([['injured', 5], ['killed', 1]]);
    expect(figures('Six people were injured when the bus overturned. One of the injured died on Tuesday.')).toEqual([['injured', 6], ['killed', 1]]);
  });

  it('leaves a part told in a relative clause, which may be of the dead', () => {
    expect(figures('The gunman killed two people and wounded five others. Police named one of the men who died as Ray Tate.')).toEqual([
      ['killed', 2],
      ['injured', 5],
      ['killed', 1],
    ]);
  });

  it('takes a part told in the next clause of the same sentence, after a semicolon or "and"', () => {
    expect(figures('Three teenagers were shot outside a party late Friday; one of them later died, police said.')).toEqual([['injured', 2], ['killed', 1]]);
    expect(figures('Four people were wounded in the drive-by, and two of them died at the hospital.')).toEqual([['injured', 2], ['killed', 2]]);
  });

  it('leaves a total that shot-less-dead has already made the rest', () => {
    expect(figures('Three people were shot outside the bar, one of whom died at the scene.')).toEqual([['injured', 2], ['killed', 1]]);
  });

  it('leaves a part as large as the total', () => {
    expect(figures('Two people were shot outside the bar. Two of them died.')).toEqual([['injured', 2], ['killed', 2]]);
  });
});
