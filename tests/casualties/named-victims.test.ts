// named-victim and victim-list: each named victim is a figure of one.
import { describe, expect, it } from 'vitest';
import { casualties, figures } from './helpers.js';

describe('named-victim', () => {
  it('reads "<Name>, who was killed" and "<Name>, who was wounded"', () => {
    expect(figures('She was travelling with her cousin, Laila Haddad, who was killed.')).toEqual([['killed', 1]]);
    expect(casualties('Six-year-old Omar Nasser, who was wounded in the blast, lies in a ward.').map((c) => [c.kind, c.count, c.victims])).toEqual([
      ['injured', 1, 'Omar Nasser'],
    ]);
  });
});

describe('victim-list', () => {
  it('reads several named victims in a row after "the people killed were"', () => {
    const found = casualties('He said the people killed were his brother Karim (41), Rami (19), Dunya (6) and Yusuf (3).');
    expect(found.map((c) => c.victims)).toEqual(['Karim', 'Rami', 'Dunya', 'Yusuf']);
    expect(found.every((c) => c.kind === 'killed' && c.count === 1)).toBe(true);
  });

  it('needs two names when the list is not introduced by "identified as"', () => {
    expect(figures('The victims were Kurds, a local official said.')).toEqual([]);
    expect(figures('The victim was identified as Dana Price.')).toEqual([['killed', 1]]);
  });
});
