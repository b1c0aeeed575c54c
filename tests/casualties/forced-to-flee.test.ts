import { describe, expect, it } from 'vitest';
import { casualties, figures } from './helpers.js';

describe('forced-to-flee', () => {
  it('counts people driven from their homes by a forcing verb', () => {
    expect(figures('The fighting has forced 200,000 people to flee, the U.N. refugee agency said.')).toEqual([['displaced', 200000]]);
    expect(figures('Rising rivers drove more than 3,000 families from their homes on Sunday.')).toEqual([['displaced', 3000]]);
    expect(figures('A chemical leak caused at least 600 to leave their homes.')).toEqual([['displaced', 600]]);
    expect(casualties('Shelling forced some 40,000 villagers to abandon their homes.')).toMatchObject([
      { kind: 'displaced', count: 40000, qualifier: 'approximate', text: 'some 40,000 villagers to abandon their homes', rules: ['forced-to-flee'] },
    ]);
  });

  it('leaves people made to leave a place that is not their home', () => {
    expect(figures('The robber forced two clerks to leave the store, police said.')).toEqual([]);
    expect(figures('The storm forced 12 flights to divert.')).toEqual([]);
  });
});

describe('"deceased" alone marks a sentence to read', () => {
  it('reads a sentence whose only casualty word is "deceased"', () => {
    expect(figures('Deputies said one of the deceased was a retired teacher.')).toEqual([['killed', 1]]);
  });
});

describe('plural people nouns in -men and -children', () => {
  it('takes fishermen, servicemen and schoolchildren as plural', () => {
    expect(figures('Nine fishermen were killed when the storm hit.')).toEqual([['killed', 9]]);
    expect(figures('Three servicemen were wounded in the attack.')).toEqual([['injured', 3]]);
    expect(figures('Forty schoolchildren were taken to hospital.')).toEqual([['injured', 40]]);
  });
});
