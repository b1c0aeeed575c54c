// another-as-object: "another" as the object of a casualty verb, with no noun after it, is one more person.
import { describe, expect, it } from 'vitest';
import { casualties, figures } from './helpers.js';

describe('another-as-object', () => {
  it('counts "another" after a verb cue as one more person of that cue', () => {
    expect(figures('A gunman opened fire on a crowded bus, killing one passenger and wounding another.')).toEqual([
      ['killed', 1],
      ['injured', 1],
    ]);
    expect(figures('The attacker stabbed two men to death and injured another before he was arrested.')).toEqual([
      ['killed', 2],
      ['injured', 1],
    ]);
  });

  it('names its rule', () => {
    const found = casualties('The driver killed a pedestrian and injured another in the crash on Route 9.');
    expect(found.map((c) => [c.kind, c.count, c.text, c.rules])).toEqual([
      ['killed', 1, 'killed a pedestrian', ['single-victim']],
      ['injured', 1, 'injured another', ['single-victim', 'another-as-object']],
    ]);
  });

  it('leaves "another" before a noun or a figure to the other rules, and needs someone counted first', () => {
    expect(figures('Rebels killed one soldier and wounded another soldier at the checkpoint.')).toEqual([
      ['killed', 1],
      ['injured', 1],
    ]);
    expect(figures('The strike killed six people and wounded another 20.')).toEqual([
      ['killed', 6],
      ['injured', 20],
    ]);
    expect(figures('Police said the suspect had threatened to kill another.')).toEqual([]);
    expect(figures('He was shot once and shot another.')).toEqual([]);
    expect(figures('The blast killed one worker and injured another and a guard.')).toEqual([['killed', 1]]);
  });

  it('is one figure when its words are told twice, as in a headline and its story', () => {
    expect(figures('Crash kills one, injures another\n\nA truck crash on the interstate kills one, injures another, troopers said.')).toEqual([
      ['killed', 1],
      ['injured', 1],
    ]);
  });
});
