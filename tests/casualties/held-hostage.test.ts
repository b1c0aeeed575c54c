// "Militants are holding 12 aid workers hostage": people taken or held as hostages are detained.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('rule held-hostage', () => {
  it('reads the people taken or held as hostages', () => {
    expect(figures('Militants are holding 12 aid workers hostage in the north of the country.')).toEqual([['detained', 12]]);
    expect(figures('Gunmen took 30 bus passengers hostage on the highway on Monday.')).toEqual([['detained', 30]]);
    expect(figures('The group seized at least 40 foreign nationals as hostages.')).toEqual([['detained', 40]]);
    expect(figures('Pirates have kept nine sailors captive since March.')).toEqual([['detained', 9]]);
  });

  it('reads no people where the thing held is not people', () => {
    expect(figures('The senator said the party held 3 bills hostage for months.')).toEqual([]);
  });
});
