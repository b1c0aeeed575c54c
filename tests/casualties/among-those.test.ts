// "among those hurt", "among those killed": people counted as part of the casualties.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('among those', () => {
  it('reads a figure before "among those <cue>" as of that kind', () => {
    expect(figures('Two paramedics were among those hurt when a second blast went off.')).toEqual([['injured', 2]]);
    expect(figures('Three children were among those killed in the strike on the school.')).toEqual([['killed', 3]]);
    expect(figures('Four tourists are among those who died in the avalanche.')).toEqual([['killed', 4]]);
  });
});
