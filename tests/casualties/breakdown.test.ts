// breakdown, conjoined-group and included-list: the parts of a figure and the groups joined to it.
import { describe, expect, it } from 'vitest';
import { casualties, figures } from './helpers.js';

describe('breakdown', () => {
  it('gives each part listed after "including" its own figure', () => {
    expect(figures('The explosion killed seven people, including three children and a nurse.')).toEqual([
      ['killed', 7],
      ['killed', 3],
      ['killed', 1],
    ]);
  });

  it('skips a part named without a figure and reads the rest', () => {
    expect(figures('Raids killed 14 people, including senior commanders of the group and two teenagers.')).toEqual([
      ['killed', 14],
      ['killed', 2],
    ]);
  });

  it('reads "two of them children"', () => {
    const found = casualties('Four people, two of them children, were found dead.');
    expect(found.map((c) => [c.kind, c.count, c.rules ?? null])).toEqual([
      ['killed', 4, ['number-before-cue']],
      ['killed', 2, ['breakdown']],
    ]);
  });

  it('reads a figure written with a thousands comma inside the aside', () => {
    expect(figures('At least 9,120 people, including 3,875 children, have been killed.')).toEqual([
      ['killed', 9120],
      ['killed', 3875],
    ]);
  });

  it('reads one person of a given age', () => {
    expect(figures('Five people were hurt, including a 15-year-old.')).toEqual([
      ['injured', 5],
      ['injured', 1],
    ]);
  });

  it('reads a part once when a figure pattern read it already', () => {
    expect(figures('Three people were shot, one of them fatally, at a party early Sunday.')).toEqual([
      ['injured', 2],
      ['killed', 1],
    ]);
  });

  it('never gives a part as large as the whole', () => {
    expect(figures('Two people died, including two children.')).toEqual([['killed', 2]]);
  });
});

describe('conjoined-group', () => {
  it('counts a second group joined to the people a verb counts', () => {
    expect(figures('A roadside bomb killed four soldiers and a civilian on Monday.')).toEqual([
      ['killed', 4],
      ['killed', 1],
    ]);
    expect(figures('The strike killed 11 Syrian troops and 23 Iranians.')).toEqual([
      ['killed', 11],
      ['killed', 23],
    ]);
  });

  it('leaves a second group with a verb of its own to that verb', () => {
    expect(figures('The gunman killed two guards and a third was wounded.')).toEqual([
      ['killed', 2],
      ['injured', 1],
    ]);
  });

  it('joins no group to people told before their cue', () => {
    expect(figures('A guard was killed and a neighbour said she had heard four shots.')).toEqual([['killed', 1]]);
  });
});

describe('included-list', () => {
  it('reads what those killed, the wounded or the victims included', () => {
    expect(figures('Those killed included four children.')).toEqual([['killed', 4]]);
    expect(figures('The wounded included two police officers and a nurse.')).toEqual([
      ['injured', 2],
      ['injured', 1],
    ]);
  });

  it('reads "They included" as parts of the figure told before', () => {
    expect(figures('Nine people were injured in the crash. They included two drivers.')).toEqual([
      ['injured', 9],
      ['injured', 2],
    ]);
  });

  it('needs a group told before for "They included"', () => {
    expect(figures('They included two drivers.')).toEqual([]);
  });
});
