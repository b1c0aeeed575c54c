// incident-retold: a trailing "last month" in a relative clause on the incident the story is about retells it.
import { describe, expect, it } from 'vitest';
import { casualties, figures } from './helpers.js';

describe('incident-retold', () => {
  it('merges a follow-up that retells its own incident with "last month"', () => {
    expect(figures('Two killed in nightclub shooting\n\nPolice arrested a second suspect in the shooting that killed two people last month.')).toEqual([
      ['killed', 2],
      ['detained', 1],
    ]);
    expect(figures('Four injured in bodega shooting\n\nA man was charged over the shooting which injured four people last year.')).toEqual([['injured', 4]]);
  });

  it('reads a bare incident noun of a headline as the story\'s own', () => {
    const found = casualties('Suspect held in shooting that wounded five last year');
    expect(found.map((c) => [c.kind, c.count, c.rules])).toEqual([
      ['injured', 5, ['cue-before-number']],
    ]);
  });

  it('still marks an earlier incident told with an article "a" or a place', () => {
    expect(figures('Three people were killed on Sunday. It was not the first time: a bombing that killed three people last year shut the market for weeks.')).toEqual([
      ['killed', 3],
      ['killed', 3],
    ]);
    expect(figures('Bomb kills 28 in market\n\nTwo people were killed on Sunday in the same market where a bomber killed 28 people last month.')).toEqual([
      ['killed', 28],
      ['killed', 2],
      ['killed', 28],
    ]);
  });
});
