// to-named-hospital: people taken "to a hospital", "to nearby hospitals" or to a hospital by its name are injured.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('to-named-hospital', () => {
  it('counts the people before a hospital named or described', () => {
    expect(figures('Paramedics rushed all four victims to Mercy General Hospital.')).toEqual([['injured', 4]]);
    expect(figures('Fire crews took four gunshot victims to a hospital in Hollywood.')).toEqual([['injured', 4]]);
    expect(figures('Ambulances carried 12 people to nearby hospitals.')).toEqual([['injured', 12]]);
  });

  it('needs the hospital right after the people', () => {
    expect(figures('The charity drove 30 nurses to work at the hospital.')).toEqual([]);
    expect(figures('The town gave 3 million to the new hospital.')).toEqual([]);
  });
});
