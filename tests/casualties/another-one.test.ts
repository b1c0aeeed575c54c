// another-one: "another" with no noun after a figure is one more person ("One man was killed and another wounded").
import { describe, expect, it } from 'vitest';
import { casualties, figures } from './helpers.js';

describe('another-one', () => {
  it('counts "another" after a figure as one more, of the kind of its own cue', () => {
    expect(figures('One man was killed and another was wounded in the shooting on Elm Street.')).toEqual([
      ['killed', 1],
      ['injured', 1],
    ]);
    expect(figures('Two guards died and another was taken to hospital.')).toEqual([
      ['killed', 2],
      ['injured', 1],
    ]);
    expect(figures('The blast left one man dead and another seriously hurt.')).toEqual([
      ['killed', 1],
      ['injured', 1],
    ]);
  });

  it('reads "another" in the sentence after the figure', () => {
    const found = casualties('A woman was killed when the gunfire broke out. Another was wounded in the arm.');
    expect(found.map((c) => [c.kind, c.count, c.rules])).toEqual([
      ['killed', 1, ['single-victim']],
      ['injured', 1, ['single-victim', 'another-one']],
    ]);
  });

  it('adds to an equal figure rather than repeating it', () => {
    expect(figures('One person was wounded at the bar and another was wounded outside.')).toEqual([
      ['injured', 1],
      ['injured', 1],
    ]);
  });

  it('needs someone counted before it and a cue after it', () => {
    expect(figures('Another was wounded, police said.')).toEqual([]);
    expect(figures('Three people were killed. Another day of talks ended without a deal.')).toEqual([['killed', 3]]);
  });
});
