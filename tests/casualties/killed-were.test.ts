// killed-were: the cue put before the people it names, "Killed were A, B and C", one figure per person.
import { describe, expect, it } from 'vitest';
import { casualties, figures } from './helpers.js';

describe('killed-were', () => {
  it('counts each person named after "Killed were"', () => {
    const found = casualties('Killed were Omar Lutz, 27, Dana Whitfield, 33, and Pedro Alves, 51, the coroner said.');
    expect(found.map((c) => [c.kind, c.count, c.victims, c.rules])).toEqual([
      ['killed', 1, 'Omar Lutz', ['victim-list', 'killed-were']],
      ['killed', 1, 'Dana Whitfield', ['victim-list', 'killed-were']],
      ['killed', 1, 'Pedro Alves', ['victim-list', 'killed-were']],
    ]);
  });

  it('reads the wounded and one person after "also"', () => {
    expect(figures('Wounded were Kira Mendel and a 16-year-old boy.')).toEqual([
      ['injured', 1],
      ['injured', 1],
    ]);
    expect(figures('Two guards died at the gate. Also killed was Rhea Tanaka, a nurse who ran to help them.')).toEqual([
      ['killed', 2],
      ['killed', 1],
    ]);
  });

  it('reads no lone word after a town as a name', () => {
    expect(figures('Killed was Rosa Imfeld, 39, of Dover, Del.')).toEqual([['killed', 1]]);
  });

  it('needs the cue to open the sentence or follow "also"', () => {
    expect(figures('The men he said he killed were Colonel Vance and his aide, the report said.')).toEqual([]);
  });
});
