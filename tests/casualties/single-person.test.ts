import { describe, expect, it } from 'vitest';
import { casualties, figures } from './helpers.js';

describe('one-person-died', () => {
  it('counts one person written with an article before a death verb', () => {
    expect(figures('A 3-year-old Marsh County boy died Sunday after finding a loaded pistol in a closet, deputies said.')).toEqual([['killed', 1]]);
    expect(figures('A teenager is dead after a fight outside a gas station on Route 9.')).toEqual([['killed', 1]]);
    expect(figures('An elderly woman has died of her injuries, the hospital said.')).toEqual([['killed', 1]]);
  });

  it('reads across a relative clause, and the wound told in it is not a second figure', () => {
    const [found, ...rest] = casualties('A 9-year-old girl who was struck by a stray bullet on her porch has died, her family said.');
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ kind: 'killed', count: 1, victims: 'A 9-year-old girl', rules: ['single-victim', 'one-person-died'] });
  });

  it('reads a wound and a death told of the same person as one death', () => {
    expect(figures('A man was shot in the chest and later died at a county hospital.')).toEqual([['killed', 1]]);
  });

  it('does not take an article that belongs to another noun', () => {
    expect(figures('Officers answered a call reporting a man and woman died in a fire.')).toEqual([]);
  });
});

describe('single-victim with a relative pronoun', () => {
  it('counts "a girl who was killed"', () => {
    expect(figures('Prosecutors charged the uncle of a toddler who was killed when a rifle went off in a parked truck.')).toEqual([['killed', 1]]);
  });
});

describe('whole-described-by-cue', () => {
  it('counts the whole a part is taken from when the cue describes the whole', () => {
    expect(figures('One of the four people shot and killed at the depot on Friday was a retired bus driver.')).toEqual([
      ['killed', 1],
      ['killed', 4],
    ]);
    expect(figures('She was one of the nine people who were wounded in the attack.')).toEqual([
      ['injured', 1],
      ['injured', 9],
    ]);
  });

  it('leaves the whole out when the cue tells what became of the part', () => {
    expect(figures("Rescuers said 30 of the ferry's 90 passengers are still missing.")).toEqual([['missing', 30]]);
  });

  it('reads a part of a whole given as a figure', () => {
    expect(figures('Three of the 20 people on board were killed, the airline said.')).toEqual([['killed', 3]]);
  });
});
