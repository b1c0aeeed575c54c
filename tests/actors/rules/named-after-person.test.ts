// Rule 'named-after-person': a street or day named after a person is no person; sentences of my own.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const actors = (text: string) =>
  extract(text, { refDate: '2025-04-08', only: ['actors'] }).actors.map((a) => ({ type: a.type, name: a.name, title: a.title }));

describe('named-after-person', () => {
  it('reads a street named after a person with a suffix as one place', () => {
    expect(actors('Police Chief Darnell Hayes said officers were called to Martin Luther King Jr. Boulevard shortly after 2 a.m.')).toEqual([
      { type: 'person', name: 'Darnell Hayes', title: 'Police Chief' },
      { type: 'place', name: 'Martin Luther King Jr. Boulevard', title: null },
    ]);
  });

  it('reads the holiday as no actor, and the person named alone still as a person', () => {
    expect(actors('City offices close on Martin Luther King Jr. Day, Mayor Ellen Price said, quoting Martin Luther King Jr. on service.')).toEqual([
      { type: 'person', name: 'Ellen Price', title: 'Mayor' },
      { type: 'person', name: 'Martin Luther King Jr.', title: null },
    ]);
  });
});
