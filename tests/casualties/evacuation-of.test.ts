// evacuation-of: "the evacuation of 2,000 residents" counts people displaced, as "evacuated 2,000" does.
import { describe, expect, it } from 'vitest';
import { casualties, figures } from './helpers.js';

describe('evacuation-of', () => {
  it('reads the people whose evacuation was ordered or forced', () => {
    expect(casualties('The gas leak forced the evacuation of about 1,800 residents on Tuesday.').map((c) => [c.kind, c.count, c.qualifier, c.text])).toEqual([
      ['displaced', 1800, 'approximate', 'evacuation of about 1,800 residents'],
    ]);
    expect(figures('Provincial officials ordered the evacuation of 45,000 people living along the river.')).toEqual([['displaced', 45000]]);
  });

  it('leaves an evacuation counted in things, not people', () => {
    expect(figures('Crews began the evacuation of 12 buildings near the fire.')).toEqual([]);
  });
});
