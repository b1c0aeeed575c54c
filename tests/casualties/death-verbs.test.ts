import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

// Sentences are this project's own, in the style of local crime reports.
describe('"passed away" and "succumbed" say a death as "died" does (one-person-died, named-victim)', () => {
  it('counts one person who passed away or succumbed', () => {
    expect(figures('A 7-year-old girl who was struck by a stray bullet on Friday has passed away, police said.')).toEqual([['killed', 1]]);
    expect(figures('A man who was shot outside a bar on Elm Street succumbed to his wounds at a hospital.')).toEqual([['killed', 1]]);
  });

  it('counts a named victim who passed away', () => {
    expect(figures('Deputy Carl Hobbs passed away from his injuries early Sunday, the sheriff said.')).toEqual([['killed', 1]]);
  });

  it('leaves out a natural death', () => {
    expect(figures('Former mayor Edwin Marsh succumbed to cancer on Monday.')).toEqual([]);
  });
});
