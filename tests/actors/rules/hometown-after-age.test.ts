// Rule 'hometown-after-age': "Name, 19, of Jackson," names where the person lives; sentences of my own.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const actors = (text: string) => extract(text, { refDate: '2025-04-08', only: ['actors'] }).actors.map((a) => ({ type: a.type, name: a.name }));

describe('hometown-after-age', () => {
  it('reads the town after an age and "of" as a place, not a second person', () => {
    expect(actors('Police identified the victim as Jamal Reed, 19, of Jackson, and said a suspect was arrested.')).toEqual([
      { type: 'person', name: 'Jamal Reed' },
      { type: 'place', name: 'Jackson' },
    ]);
  });

  it('needs the age set off by commas: "the Ford of 1965" is no hometown', () => {
    expect(actors('Dana Price said the 1965 model of Jackson Motors was restored.').map((a) => a.name)).toEqual(['Dana Price', 'Jackson Motors']);
  });
});
