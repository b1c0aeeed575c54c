// wounded-then-died: one person told wounded, then told dead in a later sentence, is one death only.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('wounded-then-died', () => {
  it('drops the wound of the person who later died', () => {
    expect(figures('A 31-year-old man was shot in the back near a gas station on Friday night. He later died at Memorial Hospital.')).toEqual([['killed', 1]]);
    expect(figures('Deputies said a woman was stabbed during an argument. Officers gave first aid, but she succumbed to her wounds.')).toEqual([
      ['killed', 1],
    ]);
  });

  it('keeps the wound when the one who died is someone else or one of several', () => {
    expect(figures('A woman was shot in the arm outside the bar. He died at the scene, police said.')).toEqual([
      ['injured', 1],
      ['killed', 1],
    ]);
    expect(figures('Three people were wounded in the attack. He later died at a hospital.')).toEqual([
      ['injured', 3],
      ['killed', 1],
    ]);
  });
});
