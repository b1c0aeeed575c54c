// Rule apposed-description (phrase.ts): a description of the people set off by commas before the link verb.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('apposed-description', () => {
  it('reads the cue past the description', () => {
    expect(figures('Police said the two victims, a man and a woman in their 30s, were found dead inside the house.')).toEqual([['killed', 2]]);
    expect(figures('Three passengers, the driver of the van among them, were taken to hospital.')).toEqual([['injured', 3]]);
  });

  it('leaves a figure whose description runs on with no link verb', () => {
    expect(figures('The town has 4,000 residents, the mayor said on Monday.')).toEqual([]);
  });
});
