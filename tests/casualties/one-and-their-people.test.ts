// One person and their people before one cue: "A man and his two sons were killed" counts all three.
import { describe, expect, it } from 'vitest';
import { casualties, figures } from './helpers.js';

describe('one-and-their-people', () => {
  it('counts the person named first with their people', () => {
    expect(figures('A farmer and his two sons were killed when the shell hit their field.')).toEqual([['killed', 3]]);
    expect(figures('A young mother and her four children died in the blaze on Friday night.')).toEqual([['killed', 5]]);
    expect(figures('She and her three daughters were injured in the crash.')).toEqual([['injured', 4]]);
    expect(figures('An elderly couple and their two grandchildren were found dead in the house.')).toEqual([['killed', 4]]);
  });

  it('quotes the whole group', () => {
    const [found] = casualties('Police said a driver and his two passengers were hurt.');
    expect([found.count, found.text, found.rules]).toEqual([3, 'a driver and his two passengers were hurt', ['number-before-cue', 'one-and-their-people']]);
  });

  it('leaves a hedged figure alone', () => {
    expect(figures('A pilot and his at least 20 passengers were missing.')).toEqual([['missing', 20]]);
  });
});
