// Cues "ordered to evacuate", "told to leave their homes": people under an evacuation order are displaced.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('evacuation orders', () => {
  it('counts people ordered or told to leave', () => {
    expect(figures('The mayor said 1.5 million residents had been told to leave their homes ahead of the hurricane.')).toEqual([['displaced', 1500000]]);
    expect(figures('About 30,000 people were ordered to evacuate as the fire spread.')).toEqual([['displaced', 30000]]);
  });
});
