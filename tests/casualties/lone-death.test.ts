import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('lone-death', () => {
  it('counts one death told of a person already introduced', () => {
    expect(figures('Deputies said he was pronounced dead at the scene.')).toEqual([['killed', 1]]);
    expect(figures('She later died at a hospital in Dayton.')).toEqual([['killed', 1]]);
    expect(figures('The teenager was declared brain dead on Monday, his family said.')).toEqual([['killed', 1]]);
    expect(figures('The victim succumbed to his injuries on Wednesday.')).toEqual([['killed', 1]]);
  });

  it('reads the death after a wound told before it (the wound is then his death: refiner wounded-then-died)', () => {
    expect(figures('A man was shot in the leg on Birch Street. He died at Saint Luke Hospital.')).toEqual([['killed', 1]]);
  });

  it('adds nothing when the dead were counted before', () => {
    expect(figures('Two people were killed in the crash. He was pronounced dead at the scene.')).toEqual([['killed', 2]]);
  });

  it('leaves a death that is no casualty', () => {
    expect(figures('He died in 2009 after a long illness.')).toEqual([]);
  });
});
