// An attempt to harm is no harm ("tried to kill a fifth", "attempted to kill two officers"); the part of a group named
// with no figure ("Of those killed, five were police officers", rule part-of-named-group); passers-by; one person hurt to a degree.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('attempts', () => {
  it('reads no figure a verb cue was only tried on', () => {
    expect(figures('He admitted killing three clerks and trying to kill a fourth during the robbery.')).toEqual([['killed', 3]]);
    expect(figures('The man is accused of attempting to kill two deputies.')).toEqual([]);
  });
});

describe('part-of-named-group', () => {
  it('reads the part of the dead, injured or missing the text names', () => {
    expect(figures('Of those killed, seven were members of the security forces.')).toEqual([['killed', 7]]);
    expect(figures('Of the injured, four are in intensive care.')).toEqual([['injured', 4]]);
  });
});

describe('passers-by', () => {
  it('reads a passer-by as a person', () => {
    expect(figures('A passer-by was slightly hurt by flying glass.')).toEqual([['injured', 1]]);
    expect(figures('Three passers-by were wounded in the crossfire.')).toEqual([['injured', 3]]);
  });
});

describe('one-person-degree', () => {
  it('reads one person hurt to a degree', () => {
    expect(figures('A nurse was slightly injured when the windows shattered.')).toEqual([['injured', 1]]);
  });
});
