// one-of-the-thing: one person told by what he drove or kept, "the driver of the van", harmed with no figure given.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('one-of-the-thing', () => {
  it('reads the one person told as the driver of a vehicle or the pilot of a plane', () => {
    expect(figures('The driver of the van died at the scene, troopers said.')).toEqual([['killed', 1]]);
    expect(figures('The pilot of the small plane was seriously injured in the landing.')).toEqual([['injured', 1]]);
    expect(figures('A tanker overturned on the highway. The driver of the tanker was killed.')).toEqual([['killed', 1]]);
  });

  it('still counts nobody twice', () => {
    expect(figures('Two people died in the crash. The driver of the other car was later pronounced dead.')).toEqual([['killed', 2]]);
  });
});
