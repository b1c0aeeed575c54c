// Rule left-in-state: one person left or found in a state of harm, with no figure.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('left-in-state', () => {
  it('counts the person the verb leaves dead, wounded or missing', () => {
    expect(figures('The shooting left a 19-year-old man dead and two bystanders injured.')).toEqual([['killed', 1], ['injured', 2]]);
    expect(figures('The crash on Route 9 left a woman dead, a man injured and a boy missing.')).toEqual([['killed', 1], ['injured', 1], ['missing', 1]]);
  });

  it('reads a later item of the list after a figure', () => {
    expect(figures('The attack left one man dead and a teenager in critical condition, police said.')).toEqual([['killed', 1], ['injured', 1]]);
  });

  it('reads an item opening with a possessive', () => {
    expect(figures('The crash near Marlow left an elderly driver dead and his wife injured on Friday.')).toEqual([['killed', 1], ['injured', 1]]);
  });

  it('counts a person found dead, not one found with wounds (he may have died of them)', () => {
    expect(figures('Officers found a man dead inside the house on Friday morning.')).toEqual([['killed', 1]]);
    expect(figures('Officers found a man with gunshot wounds behind the store.')).toEqual([]);
  });

  it('leaves a person with no state after him', () => {
    expect(figures('He left a wife and two young children, his brother said.')).toEqual([]);
  });
});
