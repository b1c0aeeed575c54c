// Rule one-among-the-figure (single-victim): one person set among a whole that has a figure of its own.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('one-among-the-figure', () => {
  it('counts the person as one of the whole, of its kind', () => {
    expect(figures('An 8-year-old girl was among three people wounded in the shooting, police said.')).toEqual([['injured', 1], ['injured', 3]]);
    expect(figures('A local journalist was among the 14 people killed in the blast.')).toEqual([['killed', 1], ['killed', 14]]);
  });

  it('leaves a person among people who were not harmed', () => {
    expect(figures('A teacher was among the 40 residents who signed the petition.')).toEqual([]);
  });
});
