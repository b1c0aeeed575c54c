// "a mother and her two daughters": an item of a list of people may open with a possessive before its figure.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('possessive before the figure of a list item', () => {
  it('reads the figure after his, her or their', () => {
    expect(figures('The fire killed a woman and her four grandchildren in the village of Dunmore.')).toEqual([['killed', 1], ['killed', 4]]);
    expect(figures('Gunmen killed a farmer and his two sons overnight, the army said.')).toEqual([['killed', 1], ['killed', 2]]);
    expect(figures('The blast wounded a taxi driver and his three passengers.')).toEqual([['injured', 1], ['injured', 3]]);
  });
});
