// People infected or taken ill are affected; people who lost their homes or were moved to shelters are displaced; a toll
// that "has passed" its figure is no vote.
import { describe, expect, it } from 'vitest';
import { casualties, figures } from './helpers.js';

describe('infected and fell ill', () => {
  it('reads people infected or sickened as affected', () => {
    expect(figures('The outbreak has infected more than 2,000 people in the region.')).toEqual([['affected', 2000]]);
    expect(figures('Some 300 guests fell ill after the wedding banquet.')).toEqual([['affected', 300]]);
  });
});

describe('lost their homes, moved to shelters', () => {
  it('reads people who lost their homes or were moved to shelters as displaced', () => {
    expect(figures('About 40 families lost their homes in the fire.')).toEqual([['displaced', 40]]);
    expect(figures('Nearly 900 residents were moved to temporary shelters.')).toEqual([['displaced', 900]]);
    expect(figures('Some 12,000 people were forced out of their homes by the lava flow.')).toEqual([['displaced', 12000]]);
    expect(figures('About 300 farmers have been driven from their homes by the militia.')).toEqual([['displaced', 300]]);
  });
});

describe('a toll that has passed its figure', () => {
  it('reads the toll, not a vote', () => {
    const [found] = casualties('The toll has passed 200, officials said.');
    expect([found.kind, found.count, found.qualifier]).toEqual(['killed', 200, 'at-least']);
    expect(figures('The bill passed 61-38 in the Senate after the shooting.')).toEqual([]);
  });
});
