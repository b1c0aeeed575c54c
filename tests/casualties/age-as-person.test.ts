// age-as-person: "a 17-year-old was shot" names one person by the age alone.
import { describe, expect, it } from 'vitest';
import { casualties, figures } from './helpers.js';

describe('age-as-person', () => {
  it('counts one person told only by the age', () => {
    expect(figures('A 17-year-old was shot and wounded outside a corner store late Saturday.')).toEqual([['injured', 1]]);
    expect(figures('Deputies said a 19-year-old was killed when gunfire erupted at the party.')).toEqual([['killed', 1]]);
    expect(figures('An 8-year-old who was hit by a stray round has died, the family said.')).toEqual([['killed', 1]]);
  });

  it('keeps the words of the age as who was counted', () => {
    const [found] = casualties('A 23-year-old was wounded in the leg, police said.');
    expect(found).toMatchObject({ kind: 'injured', count: 1, victims: 'A 23-year-old' });
  });

  it('still reads the noun after an age', () => {
    expect(figures('A 40-year-old man was killed and a 12-year-old boy was hurt.')).toEqual([
      ['killed', 1],
      ['injured', 1],
    ]);
  });

  it('does not count an age that describes a thing', () => {
    expect(figures('A 30-year-old building was damaged in the blast, but no one was hurt.')).toEqual([]);
  });
});
