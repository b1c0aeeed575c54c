// Death verbs of floods, firing squads and ambushes: "drowned", "executed", "gunned down"; "admitted to hospital"
// and "lightly" or "moderately" hurt.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('drowned, executed, gunned down', () => {
  it('reads people who drowned as killed', () => {
    expect(figures('At least 18 migrants drowned when their rubber boat capsized off the island.')).toEqual([['killed', 18]]);
    expect(figures('The flash flood drowned four campers in the canyon.')).toEqual([['killed', 4]]);
    expect(figures('A boy drowned in the canal on Sunday afternoon.')).toEqual([['killed', 1]]);
  });

  it('reads people executed as killed, not warrants executed', () => {
    expect(figures('Eleven prisoners were executed on Tuesday, the rights group said.')).toEqual([['killed', 11]]);
    expect(figures('The militants executed 14 captured soldiers, a video showed.')).toEqual([['killed', 14]]);
    expect(figures('Detectives executed 12 search warrants across the county.')).toEqual([]);
  });

  it('reads people gunned down as killed', () => {
    expect(figures('Three off-duty policemen were gunned down outside a mosque.')).toEqual([['killed', 3]]);
    expect(figures('The attackers gunned down five guards at the gate.')).toEqual([['killed', 5]]);
    expect(figures('The officer was gunned down during a traffic stop.')).toEqual([['killed', 1]]);
  });
});

describe('admitted to hospital, lightly hurt', () => {
  it('reads people admitted to hospital as injured', () => {
    expect(figures('Nine pupils were admitted to hospital after eating at the canteen.')).toEqual([['injured', 9]]);
  });

  it('reads people lightly or moderately hurt as injured', () => {
    expect(figures('Two border guards were lightly wounded in the exchange of fire.')).toEqual([['injured', 2]]);
    expect(figures('Four passengers were moderately injured, the railway said.')).toEqual([['injured', 4]]);
  });
});
