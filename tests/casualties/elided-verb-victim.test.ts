// elided-verb-victim: "A man was killed and a woman wounded": one more person after "and", whose "was" the first clause serves.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('elided-verb-victim', () => {
  it('reads the person after "and" with a state of their own', () => {
    expect(figures('A man was killed and a woman wounded in a shooting on Friday night.')).toEqual([
      ['killed', 1],
      ['injured', 1],
    ]);
    expect(figures('Three soldiers were killed and a civilian injured when the convoy was hit.')).toEqual([
      ['killed', 3],
      ['injured', 1],
    ]);
  });

  it('reads a manner word before the state', () => {
    expect(figures('A cyclist was killed and his daughter seriously injured when a van struck them.')).toEqual([
      ['killed', 1],
      ['injured', 1],
    ]);
  });

  it('needs the state straight after the person', () => {
    expect(figures('A man was injured and his wife told reporters she had heard the shots.')).toEqual([['injured', 1]]);
  });
});
