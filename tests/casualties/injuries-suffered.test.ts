// "suffered minor injuries", "sustained a gunshot wound": a verb of taking harm and the harm, with words
// describing it between (cues.ts INJURIES_SUFFERED_RE; rule single-victim reads one person before it).
import { describe, expect, it } from 'vitest';
import { casualties, figures } from './helpers.js';

describe('injuries suffered', () => {
  it('reads a figure before "suffered" or "sustained" and the injuries after a description', () => {
    expect(figures('Two passengers suffered minor injuries, the airline said.')).toEqual([['injured', 2]]);
    expect(figures('Four firefighters sustained burns while battling the blaze.')).toEqual([['injured', 4]]);
    expect(casualties('Three workers suffered from serious head injuries after the scaffold gave way.').map((c) => [c.kind, c.count, c.text])).toEqual([
      ['injured', 3, 'Three workers suffered from serious head injuries'],
    ]);
  });

  it('reads one person with an article and no link word before the verb', () => {
    expect(figures('A 19-year-old man sustained gunshot wounds to the leg.')).toEqual([['injured', 1]]);
    expect(figures('Deputies found a woman suffering from a gunshot wound in the parking lot.')).toEqual([['injured', 1]]);
  });

  it('leaves harm denied and losses that are not injuries', () => {
    expect(figures('The driver suffered no injuries, police said.')).toEqual([]);
    expect(figures('Two crew members did not suffer any injuries.')).toEqual([]);
    expect(figures('A man suffered a heart attack at the station.')).toEqual([]);
  });
});
