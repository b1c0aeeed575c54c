// among-the-figure: a part set among a whole with its own figure, "Two nurses were among the 14 people killed".
import { describe, expect, it } from 'vitest';
import { casualties, figures } from './helpers.js';

describe('among-the-figure', () => {
  it('reads the part with the kind of the whole it is among', () => {
    const found = casualties('Two nurses were among the 14 people killed in the shelling, the ministry said.');
    expect(found.map((c) => [c.kind, c.count, c.text])).toEqual([
      ['killed', 2, 'Two nurses'],
      ['killed', 14, '14 people killed'],
    ]);
    expect(figures('Five firefighters are among the at least 60 injured.')).toEqual([
      ['injured', 5],
      ['injured', 60],
    ]);
  });

  it('leaves a part among a whole that is no casualty figure', () => {
    expect(figures('Three senators were among the 40 people invited to the ceremony.')).toEqual([]);
  });
});
