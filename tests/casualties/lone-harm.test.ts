// One person harmed, told with "the" or a pronoun and no figure: "The driver was killed", "the guard was hurt".
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('lone-harm', () => {
  it('counts one person killed or hurt', () => {
    expect(figures('The driver was killed when the tanker overturned on the bypass.')).toEqual([['killed', 1]]);
    expect(figures('The guard was seriously wounded in the robbery, police said.')).toEqual([['injured', 1]]);
    expect(figures('She was fatally stabbed outside her apartment late Friday.')).toEqual([['killed', 1]]);
    expect(figures('Witnesses said he was mortally wounded by a stray round.')).toEqual([['killed', 1]]);
  });

  it('adds nothing when the harmed were counted before', () => {
    expect(figures('Three people died in the collision. The driver was killed instantly.')).toEqual([['killed', 3]]);
    expect(figures('Four guards were injured. The pilot was hurt as well.')).toEqual([['injured', 4]]);
  });

  it('leaves a person not harmed', () => {
    expect(figures('The driver was not injured, police said.')).toEqual([]);
  });
});
