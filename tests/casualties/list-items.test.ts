import { describe, expect, it } from 'vitest';
import { peopleListAt } from '../../src/extract/casualties/list-items.js';

/** The counts and texts of the list items after `marker` in `text`. */
function items(text: string, marker: string): Array<[number, string]> {
  const at = text.indexOf(marker) + marker.length;
  return peopleListAt(text, at).map((item) => [item.count, text.slice(item.start, item.end)]);
}

describe('peopleListAt', () => {
  it('reads each figure with its people noun', () => {
    expect(items('The dead included two women and five children, police said.', 'included')).toEqual([
      [2, 'two women'],
      [5, 'five children'],
    ]);
  });

  it('allows up to three describing words before the noun, and nouns in a row', () => {
    expect(items('Among them were three young Afghan men, a child and 2 police officers.', 'were')).toEqual([
      [3, 'three young Afghan men'],
      [1, 'a child'],
      [2, '2 police officers'],
    ]);
    expect(items('Among them were three very young tall Afghan men.', 'were')).toEqual([]);
  });

  it('reads "of his", a people name and a quoted noun', () => {
    expect(items('killing two of his brothers, 14 Yazidis and four "militants" on the road', 'killing')).toEqual([
      [2, 'two of his brothers'],
      [14, '14 Yazidis'],
      [4, 'four "militants"'],
    ]);
  });

  it('skips an item with no figure and stops at a part that is not people', () => {
    expect(items('including senior commanders of the group and four children, officials said', 'including')).toEqual([
      [4, 'four children'],
    ]);
    expect(items('including three vehicles, two drivers', 'including')).toEqual([]);
  });

  it('counts a masked age as one person', () => {
    expect(items('including a §§§§§§§§§§§, officials said', 'including')).toEqual([[1, 'a §§§§§§§§§§§']]);
  });
});
