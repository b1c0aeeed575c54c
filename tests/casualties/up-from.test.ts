// Rule up-from: the earlier figure a changed figure is told against is a figure of the same kind.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('up-from', () => {
  it('gives both figures', () => {
    expect(figures('The agency said 240,000 people had been forced out of their homes, up from 180,000 a week earlier.')).toEqual([
      ['displaced', 240000],
      ['displaced', 180000],
    ]);
    expect(figures('Officials said 12 people were missing, down from an earlier estimate of 30.')).toEqual([['missing', 12], ['missing', 30]]);
  });

  it('leaves a change of something else', () => {
    expect(figures('Five people were injured; prices were up from 40 cents a loaf.')).toEqual([['injured', 5]]);
  });
});
